import type { Gender } from '../types.js';
import { MOBY_EITHER, MOBY_FEMALE, MOBY_MALE } from './given-names-moby.js';

/**
 * Common given names (English-speaking countries plus frequent international ones) with their usual
 * gender, joined by the Moby name lists (given-names-moby.ts, about 7,000 more, none an English word).
 * Used only as a weak cue: a capitalised word that starts a name run, and he/she resolution.
 */
const MALE = `aaron adam adrian ahmed alan albert alex alexander alfred ali andrew andy anthony antonio arthur
  austin barry ben benjamin bernard bill billy bob brad brandon brian bruce bryan carl carlos charles charlie
  chris christian christopher colin connor craig dan daniel danny darren dave david dean dennis derek diego
  dmitri dominic don donald douglas duncan dylan ed eddie edward edwin eli elijah emmanuel eric ethan eugene
  evan felix fernando francis francisco frank fred frederick gary gavin geoffrey george gerald gordon graham
  greg gregory hans harold harry harvey hassan henry howard hugh hugo ian igor isaac ivan jack jacob jake
  james jamie jason javier jeff jeffrey jeremy jerry jim jimmy joe joel john jon jonathan jorge jose joseph
  josh joshua juan julian justin karl keith ken kenneth kevin kyle lars lawrence lee leo leon leonard liam
  louis luca lucas luis luke malcolm marco marcus mario mark martin matt matthew max michael miguel mike
  mohammed muhammad nathan neil nicholas nick nigel noah oliver omar oscar owen pablo patrick paul pedro
  peter phil philip pierre rafael rajesh ralph ray raymond richard rick ricky rob robert robin roger
  roland ronald ross roy russell ryan sam samuel scott sean sebastian sergei simon stanley stefan stephen
  steve steven stuart ted terry thomas tim timothy todd tom tomas tommy tony trevor tyler victor vincent
  vladimir walter warren wayne will william yusuf zach ahmad ravi arjun hiroshi kenji wei jun li
  abdul abdullah ade adebayo aidan alastair aleksander alessandro alfie amir andre andres angus anton antoine archie arnold axel barney bashir benedict bertie bilal boris bradley brendan callum calvin cameron carlo casper cedric chidi chinedu clive cormac cyril damian damien darius declan denis desmond dev devon dieter dimitri dirk donal dong duarte eamon emil emilio enrique ernest ernesto erik esteban fabian farid fergus finn florian francesco gareth gerard giovanni glen glenn goran gustav hamish harrison hector heinrich ibrahim ignacio ismail ivor jakub jan jasper jean-pierre jens jeremiah jerome joachim johan johannes jonas jonah jordan juan-carlos jurgen kai kamal karim kasper kieran kofi kwame laurence leonardo lionel lorenzo luc lukasz magnus manuel marc marcel mateo mathias matteo maurice mehmet mikhail milan mohamed morgan moses nasser nathaniel ned niall nikolai nikolas noel olaf olumide oskar otto patrice percy piotr quentin rahul ramon raul reginald reza rhys riccardo rory rowan rupert rui salvador sanjay santiago saul seamus sergio shane sidney silas soren stanislaw sven tariq theo theodore tobias tomasz torsten tristan ulrich umar uwe vikram vincenzo wilf wilfred winston wojciech xavier yannick yosef yuri zoltan
  joão josé andré sérgio márcio fábio rúben álvaro ángel jesús gonçalo françois jérôme stéphane björn jürgen sören`;

const FEMALE = `abigail ada agnes alice alicia alison amanda amelia amy ana andrea angela anita ann anna anne
  annie barbara beatrice beth betty beverly brenda bridget caroline carol catherine charlotte chloe
  christina christine claire clara claudia colleen cynthia daisy dana daniela danielle deborah debra denise
  diana diane donna doris dorothy eileen elaine eleanor elena elizabeth ella ellen emily emma erica erin
  esther eva eve fatima fiona florence frances gemma georgia gillian gloria grace greta hannah harriet
  heather helen helena holly ingrid irene isabel isabella jane janet janice jean jennifer jessica jill joan
  joanna josephine joy judith judy julia julie karen kate katherine kathleen kathryn katie kelly
  kim kirsty laura lauren leah lena linda lisa lois lorraine louise lucy lydia lynn maggie margaret maria
  marie marilyn martha mary megan melanie melissa michelle miriam molly monica nadia nancy natalie
  natasha nicola nicole nina nora olga olivia pamela patricia paula pauline penny rachel rebecca
  rita rosa rose ruth sally samantha sandra sara sarah sharon sheila shirley sofia sophie stephanie
  sue susan suzanne sylvia tamara tanya teresa theresa tina tracy valerie vanessa victoria virginia
  wendy yvonne zoe kitty lizzy eliza jenny meg mei yuki aisha leila layla
  adaeze adriana agnieszka aileen aimee alejandra alexandra alexis alina allison amal amara amina anastasia  angelica anika anja annabel annika antonia april ariana astrid aurelia ayesha beatriz belinda bethany bianca blessing bronwen camila candice carla carmen carys cassandra cecilia celine chantal charlene chiamaka chioma ciara clarissa constance cora daphne delia dolores edith   elise elodie eloise elsa emilia esme estelle eunice evelyn fatou felicity fernanda francesca freya gabriela gabrielle genevieve georgina gertrude giulia gwen gwendolyn hazel hilary hilda imogen ines iris isobel ivana jacqueline jasmine jemima joanne jocelyn johanna jolene josie joyce juliet june justine kamala katarzyna katrin keisha kerry kristin lara laila leonie lesley libby lila lilian lily lola lorna lucia lucille luisa lynne mabel madeleine mae magdalena maisie malgorzata mara marcela margarita marguerite marianne marina marisol marjorie marta maureen maxine mercy mildred mina mira muriel nadine naomi natalia ngozi niamh noor nuala octavia odette olena oluwaseun orla  petra philippa phoebe pilar polly priscilla priya rania regina renata rhiannon roberta rosalind rosemary roxanne sabine sabrina sadie salma selina serena shona simone siobhan sonia stella svetlana tabitha tatiana thea tilly ursula valentina vera veronica viola violet vivian winifred yasmin yolanda yvette zainab zara zofia zuzanna
  inês mónica sofía lucía maría zoë chloé renée hélène céline agnès françoise åsa björk`;

function toMap(list: string, gender: Gender): Array<[string, Gender]> {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => [name, gender]);
}

// The hand-made lists come last: where they and the Moby lists disagree on a name's gender, they win.
export const FIRST_NAMES: ReadonlyMap<string, Gender> = new Map([
  ...toMap(MOBY_EITHER, 'unknown'),
  ...toMap(MOBY_MALE, 'male'),
  // The Moby women's list holds some men's names ("Andrei"): it says a word is a given name, not whose.
  ...toMap(MOBY_FEMALE, 'unknown'),
  ...toMap(MALE, 'male'),
  ...toMap(FEMALE, 'female'),
]);

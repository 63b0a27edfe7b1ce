import type { Gender } from '../types.js';

/**
 * Common given names (English-speaking countries plus frequent international ones) with their usual
 * gender. Used only as a weak cue: a capitalised word that starts a name run, and he/she resolution.
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
  vladimir walter warren wayne will william yusuf zach ahmad ravi arjun hiroshi kenji wei jun li`;

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
  wendy yvonne zoe kitty lizzy eliza jenny meg mei yuki aisha leila layla`;

function toMap(list: string, gender: Gender): Array<[string, Gender]> {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => [name, gender]);
}

export const FIRST_NAMES: ReadonlyMap<string, Gender> = new Map([
  ...toMap(MALE, 'male'),
  ...toMap(FEMALE, 'female'),
]);

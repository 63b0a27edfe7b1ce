import { nounIn, PERSON_NOUNS } from './roles.js';

/**
 * Words for the people of a country, region or faith ("the Portuguese said", "Britons", "Kenyans"):
 * capitalised like names, but never one person's name. Lower-case singular forms; plurals in -s are
 * derived in isDemonym.
 */
export const DEMONYMS: ReadonlySet<string> = new Set(
  `afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian
  azerbaijani bahraini bangladeshi barbadian belarusian belgian belizean beninese bhutanese bolivian
  bosnian botswanan brazilian british briton bruneian bulgarian burkinabe burmese burundian cambodian
  cameroonian canadian chadian chilean chinese colombian congolese costa croatian cuban cypriot czech
  danish djiboutian dominican dutch dutchman dutchwoman ecuadorian egyptian emirati english
  englishman englishwoman eritrean estonian ethiopian european fijian filipino finnish french
  frenchman frenchwoman gabonese gambian georgian german ghanaian greek grenadian guatemalan guinean
  guyanese haitian honduran hungarian icelandic icelander indian indonesian iranian iraqi irish irishman
  irishwoman israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovan kuwaiti
  kyrgyz laotian latvian lebanese liberian libyan lithuanian luxembourger macedonian malagasy malawian
  malaysian maldivian malian maltese mauritanian mauritian mexican moldovan monegasque mongolian
  montenegrin moroccan mozambican namibian nepalese nepali nicaraguan nigerian nigerien norwegian omani
  pakistani palestinian panamanian paraguayan peruvian pole polish portuguese qatari romanian russian
  rwandan salvadoran samoan saudi scot scots scottish senegalese serb serbian seychellois singaporean
  slovak slovenian somali spaniard spanish sudanese surinamese swede swedish swiss syrian taiwanese
  tajik tanzanian thai togolese tongan trinidadian tunisian turk turkish turkmen ugandan ukrainian
  uruguayan uzbek venezuelan vietnamese welsh welshman welshwoman yemeni zambian zimbabwean
  african asian arab caribbean latin latino latina nordic scandinavian balkan baltic slav kurd kurdish
  basque catalan corsican flemish walloon bavarian texan californian yorkshireman londoner parisian
  muscovite berliner catholic protestant muslim jew jewish hindu sikh buddhist`
    .split(/\s+/)
    .filter(Boolean),
);

/** "Portuguese", "Kenyans", "Britons": a word for a people. */
export function isDemonym(word: string): boolean {
  const w = word.toLowerCase();
  return DEMONYMS.has(w) || (w.endsWith('s') && DEMONYMS.has(w.slice(0, -1)));
}

/**
 * A capitalised word that names a group, never a person: a demonym, or the plural of a noun for people
 * ("Residents said", "Officials say").
 */
export function isGroupWord(word: string): boolean {
  const w = word.toLowerCase();
  if (isDemonym(w)) return true;
  return w.endsWith('s') && !PERSON_NOUNS.has(w) && nounIn(PERSON_NOUNS, w);
}

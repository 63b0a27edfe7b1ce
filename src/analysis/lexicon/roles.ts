/**
 * Nouns that denote a person by role, job or relation. They head descriptions that stand in for a person:
 * "the coach", "a police spokesperson", "one resident", "the 19-year-old forward".
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  `spokesperson spokesman spokeswoman representative official officer minister secretary governor mayor
  president chairman chairwoman chair director manager coach captain player forward striker defender
  goalkeeper midfielder champion challenger candidate moderator host presenter judge attorney lawyer
  prosecutor solicitor barrister counsel defendant witness victim suspect resident neighbor neighbour
  mother father parent son daughter wife husband widow widower child teenager student teacher
  headteacher principal nurse doctor surgeon physician scientist researcher professor economist analyst
  strategist trader investor banker executive founder owner ceo cfo chief leader speaker senator
  lawmaker legislator councillor councilor commissioner sheriff detective sergeant inspector constable
  superintendent soldier commander general colonel lieutenant pilot driver operator worker employee
  volunteer organiser organizer campaigner activist protester demonstrator lobbyist diplomat ambassador
  envoy negotiator mediator aide adviser advisor consultant expert engineer architect economist author
  writer novelist poet journalist reporter editor columnist critic director producer actor actress
  singer musician composer artist designer photographer farmer fisherman shopkeeper pharmacist
  postman teenager pensioner retiree veteran survivor refugee migrant patient customer passenger
  fan supporter member man woman boy girl friend colleague partner lecturer fellow historian
  biologist chemist physicist hydrologist geologist forecaster meteorologist official mp mep
  prime premier chancellor king queen prince princess president-elect referee umpire manager
  administrator dean provost rector vicar priest pastor bishop rabbi imam nun monk mayor-elect
  businessman businesswoman entrepreneur landlord tenant homeowner shopper commuter motorist
  cyclist pedestrian runner swimmer athlete boxer golfer cricketer batsman bowler jockey trainer
  caller viewer listener reader voter citizen local villager townsman onlooker bystander eyewitness
  insider source friend relative cousin brother sister uncle aunt grandmother grandfather lady gentleman
  gran granny grandma nan nana grandad granddad grandpa mum mom dad stepmother stepfather
  ladyship lordship majesty highness
  niece nephew companion housekeeper servant maid butler footman cook clerk secretary landlady
  stranger visitor guest host hostess treasurer accountant auditor cashier supervisor foreman mechanic
  electrician plumber carpenter roofer builder bricklayer labourer laborer decorator cleaner carer caretaker
  gardener firefighter paramedic midwife dentist vet veterinarian therapist
  psychologist psychiatrist counsellor counselor librarian curator archivist chef waiter waitress
  bartender barista cleaner janitor caretaker gardener baker butcher grocer tailor salesman saleswoman
  agent broker realtor developer programmer technician regulator ombudsman coroner magistrate juror
  bailiff warden guard ranger planner surveyor tutor instructor trustee governor-general chancellor
  deputy undersecretary attaché consul spokesperson delegate person individual
  conductor attendant porter steward stewardess receptionist usher doorman concierge courier nanny
  governess coachman valet groom shepherd sailor skipper deckhand cabbie lad lass kid youth newcomer miner
  hairdresser barber vendor stallholder hawker beggar thief robber burglar prisoner inmate warder jailer`
    .split(/\s+/)
    .filter(Boolean),
);

/** Is this noun (singular or regular plural) one of the set? "employees" -> employee. */
export function nounIn(set: ReadonlySet<string>, noun: string): boolean {
  const n = noun.toLowerCase();
  return (
    set.has(n) ||
    (n.endsWith('s') && set.has(n.slice(0, -1))) ||
    (n.endsWith('ies') && set.has(`${n.slice(0, -3)}y`))
  );
}

/**
 * A noun for a person by trade, including the open classes the list cannot hold: "entomologist",
 * "volcanologist", "statistician", "cartographer".
 */
export function isPersonNoun(noun: string): boolean {
  return nounIn(PERSON_NOUNS, noun) || /(olog|onom|ograph|chem)ists?$|icians?$|ographers?$/i.test(noun);
}

/** Nouns that denote an organisation: "the company said", "the council said", "the department said". */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set(
  `company firm corporation business group council department ministry agency authority government
  administration office club team union federation confederation association board committee commission court
  police service institute university college school hospital trust bank party campaign charity
  organisation organization network broadcaster station newspaper paper magazine airline operator
  retailer manufacturer insurer regulator watchdog league foundation society church army navy
  military embassy consulate parliament senate congress assembly cabinet council's chamber hospice
  museum clinic orchestra zoo library gallery theatre port publisher studio label alliance coalition
  cooperative co-op guild bureau`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Capitalised words that make a proper-noun run an organisation ("Tarrow District Council",
 * "Halberd Securities", "Harbor and Dock Workers Union").
 */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  `Council Department Ministry Agency Authority Institute Institution University College School Academy
  Hospital Association Union Unions Federation Confederation Society Foundation Trust Company Corporation Corp Corp. Inc Inc.
  Ltd Ltd. LLC PLC plc Group Holdings Systems Technologies Bank Securities Capital Partners Fund Board
  Committee Commission Service Services Court Police Party Club Church Agency Office Bureau Administration
  Government Parliament Senate Congress Assembly Airlines Airways Motors Industries Media News Times Post
  Press Network Broadcasting Council's Chamber Center Centre League Organisation Organization Alliance
  Coalition Cooperative Co-op Guild Network Reuters FC United Athletic Rovers Wanderers Terminals Energy
  Pharmaceuticals Labs Laboratories Studios Records Publishing Pictures Films Productions Entertainment Open
  Cup Championship Championships Festival Games Olympics Tour House Democrats Republicans Freight Logistics
  Shipping Foods Properties Insurance Mining Steel Petroleum Telecom Telecoms Software Construction Brewery
  Bakery Hotels Resorts Stores Supermarkets Utilities Railways Therapeutics Biosciences Biotech Pharma Hospice
  Diagnostics Library Libraries Museum Gallery Theatre Theater Orchestra Cathedral Zoo`
    .split(/\s+/)
    .filter(Boolean),
);

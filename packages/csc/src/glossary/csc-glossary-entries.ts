import type { GlossaryEntry } from "@kpikit/core";

/**
 * Acronyms used in English children's social care reports, with their expansions written to read well in a
 * sentence ("initial child protection conference (ICPC)"): common nouns in lower case, names capitalised.
 * Local programme names (such as a council's own transformation programme) are not included: add them with
 * `cscGlossary(localTerms)`.
 *
 * @example
 * cscGlossaryEntries.find((e) => e.term === "ICPC")?.expansion
 * //=> "initial child protection conference"
 */
export const cscGlossaryEntries: readonly GlossaryEntry[] = Object.freeze([
  {
    term: "A1",
    expansion: "adoption scorecard measure A1",
    description: "Average days between a child entering care and moving in with their adoptive family.",
  },
  {
    term: "A2",
    expansion: "adoption scorecard measure A2",
    description:
      "Average days between court authority to place a child for adoption and the decision on a match.",
  },
  {
    term: "A3",
    expansion: "adoption scorecard measure A3",
    description:
      "Children adopted who moved in with their adoptive family within 14 months of entering care.",
  },
  {
    term: "A10",
    expansion: "adoption scorecard measure A10",
    description:
      "Average days between entering care and moving in with the adoptive family, adjusted for foster carer adoptions.",
  },
  { term: "ADCS", expansion: "Association of Directors of Children's Services" },
  {
    term: "ADM",
    expansion: "agency decision maker",
    description:
      "The senior manager who decides whether adoption is the plan for a child and approves matches.",
  },
  { term: "ASF", expansion: "Adoption and Special Guardianship Support Fund" },
  {
    term: "ASYE",
    expansion: "Assessed and Supported Year in Employment",
    description: "The first year of practice for newly qualified social workers.",
  },
  {
    term: "CAF",
    expansion: "common assessment framework",
    description: "A shared early help assessment, replaced in many areas by an early help assessment.",
  },
  { term: "Cafcass", expansion: "Children and Family Court Advisory and Support Service" },
  { term: "CAMHS", expansion: "child and adolescent mental health services" },
  {
    term: "CAO",
    expansion: "child arrangements order",
    description: "A court order saying with whom a child lives or spends time (formerly a residence order).",
  },
  { term: "CCE", expansion: "child criminal exploitation" },
  {
    term: "CCG",
    expansion: "clinical commissioning group",
    description: "NHS body that commissioned local health services until 2022 (now integrated care boards).",
  },
  { term: "CCO", expansion: "Children's Commissioner's Office" },
  {
    term: "CiC",
    expansion: "children in care",
    description: "Another name for children looked after (CLA).",
  },
  { term: "CiCC", expansion: "Children in Care Council" },
  {
    term: "CIN",
    expansion: "child in need",
    description:
      "A child the council assesses as needing its services to reach or keep a reasonable standard of health or development (Children Act 1989, section 17).",
  },
  {
    term: "CLA",
    expansion: "children looked after",
    description:
      "Children in the care of the council, or provided with accommodation by it for more than 24 hours (Children Act 1989, section 22).",
  },
  { term: "CME", expansion: "children missing education" },
  { term: "CMS", expansion: "case management system" },
  {
    term: "COVID",
    expansion: "coronavirus disease",
    description: "The COVID-19 pandemic, which affected activity and data collection from March 2020.",
  },
  { term: "CP", expansion: "child protection" },
  {
    term: "CPIS",
    expansion: "Child Protection Information Sharing",
    description:
      "The NHS system that flags children on child protection plans or looked after to unscheduled care settings.",
  },
  {
    term: "CPP",
    expansion: "child protection plan",
    description:
      "The plan agreed at a child protection conference for a child at continuing risk of significant harm.",
  },
  {
    term: "CPR",
    expansion: "child protection register",
    description: "The former name for the list of children on child protection plans.",
  },
  { term: "CSC", expansion: "children's social care" },
  { term: "CSE", expansion: "child sexual exploitation" },
  { term: "CSPR", expansion: "child safeguarding practice review" },
  {
    term: "CSWW",
    expansion: "children's social work workforce",
    description: "DfE's annual census of children and family social workers at 30 September.",
  },
  { term: "CWD", expansion: "children with disabilities" },
  { term: "CYP", expansion: "children and young people" },
  { term: "DA", expansion: "domestic abuse" },
  { term: "DBS", expansion: "Disclosure and Barring Service" },
  {
    term: "DCS",
    expansion: "Director of Children's Services",
    description:
      "The officer accountable for the council's education and children's social care functions (Children Act 2004, section 18).",
  },
  { term: "DfE", expansion: "Department for Education" },
  { term: "DoLS", expansion: "deprivation of liberty safeguards" },
  {
    term: "DSL",
    expansion: "designated safeguarding lead",
    description: "The member of staff responsible for safeguarding in a school or other setting.",
  },
  { term: "EDT", expansion: "emergency duty team", description: "The out-of-hours social care service." },
  { term: "EET", expansion: "education, employment or training" },
  {
    term: "EES",
    expansion: "Explore Education Statistics",
    description: "DfE's statistics publishing service.",
  },
  { term: "EHA", expansion: "early help assessment" },
  { term: "EHC", expansion: "education, health and care" },
  {
    term: "EHCP",
    expansion: "education, health and care plan",
    description:
      "The legal plan for a child or young person with special educational needs and disabilities who needs more support than a school can normally provide.",
  },
  {
    term: "EHE",
    expansion: "elective home education",
    description: "Parents choosing to educate their child at home rather than at school.",
  },
  { term: "EPO", expansion: "emergency protection order" },
  { term: "FGC", expansion: "family group conference" },
  { term: "FTE", expansion: "full-time equivalent" },
  { term: "GP", expansion: "general practitioner" },
  { term: "HE", expansion: "higher education" },
  { term: "ICO", expansion: "interim care order" },
  {
    term: "ICP",
    expansion: "initial child protection",
    description: "As in 'ICP conference', an initial child protection conference.",
  },
  {
    term: "ICPC",
    expansion: "initial child protection conference",
    description:
      "The first multi-agency meeting after a section 47 enquiry, which decides whether a child needs a child protection plan.",
  },
  { term: "ICS", expansion: "Integrated Children's System" },
  { term: "IFA", expansion: "independent fostering agency" },
  {
    term: "IHA",
    expansion: "initial health assessment",
    description:
      "The health assessment every child should have within 20 working days of becoming looked after.",
  },
  {
    term: "ILACS",
    expansion: "inspection of local authority children's services",
    description: "Ofsted's inspection framework for councils' children's social care since 2018.",
  },
  {
    term: "IRO",
    expansion: "independent reviewing officer",
    description: "Chairs the reviews of children looked after and monitors their care plans.",
  },
  { term: "JTAI", expansion: "joint targeted area inspection" },
  { term: "KPI", expansion: "key performance indicator" },
  { term: "LA", expansion: "local authority" },
  {
    term: "LAC",
    expansion: "looked after children",
    description: "An older name for children looked after (CLA).",
  },
  {
    term: "LADO",
    expansion: "local authority designated officer",
    description: "Manages allegations against adults who work with children.",
  },
  {
    term: "LAIT",
    expansion: "Local Authority Interactive Tool",
    description: "DfE's tool comparing councils on published children's services measures.",
  },
  { term: "LGA", expansion: "Local Government Association" },
  {
    term: "LSCB",
    expansion: "Local Safeguarding Children Board",
    description: "Replaced by local safeguarding children partnerships from 2019.",
  },
  { term: "LSCP", expansion: "local safeguarding children partnership" },
  { term: "MACE", expansion: "multi-agency child exploitation" },
  { term: "MAPPA", expansion: "multi-agency public protection arrangements" },
  {
    term: "MARAC",
    expansion: "multi-agency risk assessment conference",
    description: "Meetings about the highest-risk domestic abuse cases.",
  },
  {
    term: "MASH",
    expansion: "multi-agency safeguarding hub",
    description:
      "Where police, health, education and social care share information on new concerns about children.",
  },
  { term: "NEET", expansion: "not in education, employment or training" },
  { term: "NFA", expansion: "no further action" },
  { term: "NHS", expansion: "National Health Service" },
  {
    term: "NI",
    expansion: "national indicator",
    description: "The former national indicator set, e.g. NI 62 and NI 63 for placement stability.",
  },
  {
    term: "NRM",
    expansion: "national referral mechanism",
    description: "The framework for identifying victims of modern slavery and trafficking.",
  },
  { term: "OC2", expansion: "SSDA903 outcomes table for children looked after for 12 months" },
  { term: "OC3", expansion: "SSDA903 care leavers table" },
  { term: "Ofsted", expansion: "Office for Standards in Education, Children's Services and Skills" },
  { term: "ONS", expansion: "Office for National Statistics" },
  {
    term: "PA",
    expansion: "personal adviser",
    description: "Supports a care leaver and keeps their pathway plan up to date, up to age 25.",
  },
  { term: "PEP", expansion: "personal education plan" },
  {
    term: "PLO",
    expansion: "public law outline",
    description: "The court process for care proceedings, including the pre-proceedings stage.",
  },
  {
    term: "PO",
    expansion: "placement order",
    description: "A court order authorising the council to place a child for adoption.",
  },
  { term: "PR", expansion: "parental responsibility" },
  { term: "PSW", expansion: "principal social worker" },
  { term: "QA", expansion: "quality assurance" },
  { term: "RAA", expansion: "regional adoption agency" },
  { term: "RAG", expansion: "red, amber, green", description: "A rating of whether a figure is on track." },
  {
    term: "RC8",
    expansion: "CIN census closure reason RC8",
    description: "Case closed after assessment, no further action.",
  },
  {
    term: "RC9",
    expansion: "CIN census closure reason RC9",
    description: "Case closed after assessment, referred to early help.",
  },
  {
    term: "RCPC",
    expansion: "review child protection conference",
    description:
      "Reviews a child protection plan: first within 3 months of the initial conference, then at most every 6 months.",
  },
  {
    term: "RHI",
    expansion: "return home interview",
    description:
      "An independent interview offered to a child within 72 hours of returning from a missing episode.",
  },
  {
    term: "S17",
    expansion: "section 17",
    description: "Children Act 1989, section 17: the council's duty to support children in need.",
  },
  {
    term: "S20",
    expansion: "section 20",
    description:
      "Children Act 1989, section 20: accommodation of a child with the agreement of those with parental responsibility.",
  },
  {
    term: "S31",
    expansion: "section 31",
    description: "Children Act 1989, section 31: care and supervision orders.",
  },
  {
    term: "S47",
    expansion: "section 47",
    description:
      "Children Act 1989, section 47: the duty to make enquiries when a child may be suffering significant harm.",
  },
  {
    term: "SCR",
    expansion: "serious case review",
    description: "Replaced by child safeguarding practice reviews from 2019.",
  },
  {
    term: "SDQ",
    expansion: "strengths and difficulties questionnaire",
    description:
      "A score of emotional and behavioural health (0–40, lower is better) recorded for children looked after.",
  },
  {
    term: "SEF",
    expansion: "self-evaluation form",
    description: "The council's self-assessment shared with Ofsted before the annual conversation.",
  },
  { term: "SEMH", expansion: "social, emotional and mental health" },
  { term: "SEN", expansion: "special educational needs" },
  { term: "SENCO", expansion: "special educational needs coordinator" },
  { term: "SEND", expansion: "special educational needs and disabilities" },
  {
    term: "SGO",
    expansion: "special guardianship order",
    description:
      "A court order giving a carer (often a relative or former foster carer) parental responsibility until the child is 18.",
  },
  {
    term: "SN",
    expansion: "statistical neighbour",
    description: "One of the ten councils DfE's model judges most similar, used for comparison.",
  },
  {
    term: "SSDA903",
    expansion: "children looked after return",
    description: "The annual statutory return on children looked after, adoptions and care leavers.",
  },
  { term: "SW", expansion: "social worker" },
  {
    term: "SWE",
    expansion: "Social Work England",
    description: "The regulator of social workers in England.",
  },
  { term: "TAF", expansion: "team around the family" },
  { term: "UASC", expansion: "unaccompanied asylum-seeking children" },
  { term: "UPN", expansion: "unique pupil number" },
  { term: "VS", expansion: "virtual school" },
  { term: "VSH", expansion: "virtual school head" },
  { term: "YJS", expansion: "youth justice service" },
  {
    term: "YOS",
    expansion: "youth offending service",
    description: "Now usually called the youth justice service (YJS).",
  },
  { term: "YOT", expansion: "youth offending team" },
  { term: "YP", expansion: "young person" },
] satisfies GlossaryEntry[]);

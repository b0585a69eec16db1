-- Standards catalog, part 1: United Nations treaties, an optional protocol and soft-law instruments
-- most often applied in police human-rights training.
--
-- Summaries paraphrase the provisions (they are not quotations) and point out what each means for
-- police work. Each provision links to the official text of its instrument.

-- ---------------------------------------------------------------------------------------------
-- Instruments
-- ---------------------------------------------------------------------------------------------
INSERT INTO instrument (id, code, title, kind, adopting_body, year, url) VALUES
    (nextval('id_seq'), 'UNCAT',
     'Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
     'TREATY', 'United Nations General Assembly (resolution 39/46)', 1984,
     'https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-against-torture-and-other-cruel-inhuman-or-degrading'),
    (nextval('id_seq'), 'ICCPR',
     'International Covenant on Civil and Political Rights',
     'TREATY', 'United Nations General Assembly (resolution 2200A (XXI))', 1966,
     'https://www.ohchr.org/en/instruments-mechanisms/instruments/international-covenant-civil-and-political-rights'),
    (nextval('id_seq'), 'CRC',
     'Convention on the Rights of the Child',
     'TREATY', 'United Nations General Assembly (resolution 44/25)', 1989,
     'https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-rights-child'),
    (nextval('id_seq'), 'OPSC',
     'Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography',
     'OPTIONAL_PROTOCOL', 'United Nations General Assembly (resolution 54/263)', 2000,
     'https://www.ohchr.org/en/instruments-mechanisms/instruments/optional-protocol-convention-rights-child-sale-children-child'),
    (nextval('id_seq'), 'ICRMW',
     'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families',
     'TREATY', 'United Nations General Assembly (resolution 45/158)', 1990,
     'https://www.ohchr.org/en/instruments-mechanisms/instruments/international-convention-protection-rights-all-migrant-workers'),
    (nextval('id_seq'), 'GCM',
     'Global Compact for Safe, Orderly and Regular Migration',
     'SOFT_LAW', 'United Nations General Assembly (resolution 73/195)', 2018,
     'https://undocs.org/A/RES/73/195'),
    (nextval('id_seq'), 'CCLEO',
     'Code of Conduct for Law Enforcement Officials',
     'SOFT_LAW', 'United Nations General Assembly (resolution 34/169)', 1979,
     'https://www.ohchr.org/en/instruments-mechanisms/instruments/code-conduct-law-enforcement-officials');

-- ---------------------------------------------------------------------------------------------
-- UNCAT: Convention against Torture
-- ---------------------------------------------------------------------------------------------
INSERT INTO provision (id, instrument_id, code, number, short_title, summary, url, position)
SELECT nextval('id_seq'), i.id, v.code, v.number, v.short_title, v.summary, i.url, v.position
FROM instrument i
CROSS JOIN (VALUES
    ('UNCAT-1', '1', 'Definition of torture',
     'Torture is any act by which severe physical or mental pain or suffering is intentionally inflicted for a purpose such as obtaining information or a confession, punishment, intimidation or coercion, or for any reason based on discrimination, when done by, at the instigation of, or with the consent or acquiescence of a public official. Pain arising only from lawful sanctions is excluded. For police, interrogation pressure, beatings or threats used to extract confessions fall squarely within the definition, as does tolerating such acts by others.',
     1),
    ('UNCAT-2', '2', 'Duty to prevent torture; no justification',
     'States must take effective legislative, administrative, judicial and other measures to prevent torture in any territory under their jurisdiction. No exceptional circumstance, whether war, threat of war, political instability or any other public emergency, may justify torture, and an order from a superior officer or public authority is no defence. Officers must refuse such orders.',
     2),
    ('UNCAT-10', '10', 'Training of law enforcement and custody personnel',
     'States must ensure that education and information on the prohibition of torture are fully included in the training of law enforcement personnel, civil or military, medical personnel, public officials and others involved in the custody, interrogation or treatment of anyone arrested, detained or imprisoned. The prohibition must also be written into the rules and instructions issued about their duties.',
     3),
    ('UNCAT-11', '11', 'Systematic review of interrogation and custody rules',
     'States must keep interrogation rules, instructions, methods and practices, and the arrangements for the custody and treatment of persons deprived of liberty, under systematic review with a view to preventing torture. For police, this covers interview guidelines, custody procedures and their periodic revision.',
     4),
    ('UNCAT-12', '12', 'Prompt and impartial investigation',
     'Competent authorities must carry out a prompt and impartial investigation wherever there are reasonable grounds to believe torture has been committed, even without a formal complaint. Police leaders cannot wait for a victim to come forward before acting on credible signs of torture.',
     5),
    ('UNCAT-13', '13', 'Right to complain; protection of complainants and witnesses',
     'Anyone alleging torture has the right to complain to, and have the case promptly and impartially examined by, the competent authorities. Complainants and witnesses must be protected against ill-treatment or intimidation as a consequence of their complaint or evidence.',
     6),
    ('UNCAT-14', '14', 'Redress, compensation and rehabilitation for victims',
     'Victims of torture must obtain redress and have an enforceable right to fair and adequate compensation, including the means for as full rehabilitation as possible. If the victim dies as a result of torture, the dependants are entitled to compensation.',
     7),
    ('UNCAT-15', '15', 'Exclusion of statements obtained by torture',
     'Any statement established to have been made as a result of torture may not be invoked as evidence in any proceedings, except against a person accused of torture as evidence that the statement was made. Confessions obtained by coercion are therefore worthless as evidence and expose the officers involved to prosecution.',
     8),
    ('UNCAT-16', '16', 'Prevention of cruel, inhuman or degrading treatment',
     'States must prevent other acts of cruel, inhuman or degrading treatment or punishment that do not amount to torture, when committed by or with the consent or acquiescence of a public official. The duties on training, review of custody practice, investigation and complaints (articles 10 to 13) apply to such ill-treatment as well.',
     9)
) AS v(code, number, short_title, summary, position)
WHERE i.code = 'UNCAT';

-- ---------------------------------------------------------------------------------------------
-- ICCPR: International Covenant on Civil and Political Rights
-- ---------------------------------------------------------------------------------------------
INSERT INTO provision (id, instrument_id, code, number, short_title, summary, url, position)
SELECT nextval('id_seq'), i.id, v.code, v.number, v.short_title, v.summary, i.url, v.position
FROM instrument i
CROSS JOIN (VALUES
    ('ICCPR-2', '2', 'Respect and ensure rights without distinction; effective remedy',
     'Each State must respect and ensure the Covenant rights of everyone within its territory and subject to its jurisdiction, without distinction of any kind, and adopt the laws and other measures needed to give them effect. Anyone whose rights are violated must have an effective remedy, even where the violation was committed by persons acting in an official capacity, so police conduct is subject to remedy.',
     1),
    ('ICCPR-6', '6', 'Right to life',
     'Every human being has the inherent right to life, which must be protected by law, and no one may be arbitrarily deprived of it. The article also restricts the death penalty in States that have not abolished it. For police, lethal force is lawful only where strictly unavoidable to protect life, and deaths caused by officers must be investigated.',
     2),
    ('ICCPR-7', '7', 'Prohibition of torture and cruel, inhuman or degrading treatment',
     'No one may be subjected to torture or to cruel, inhuman or degrading treatment or punishment, and no one may be subjected without free consent to medical or scientific experimentation. The prohibition is absolute and cannot be suspended even in a public emergency.',
     3),
    ('ICCPR-9', '9', 'Liberty and security of person; safeguards on arrest and detention',
     'No one may be subjected to arbitrary arrest or detention or deprived of liberty except on grounds and by procedures established by law. Anyone arrested must be told the reasons at the time of arrest and promptly informed of any charges, brought promptly before a judge, tried within a reasonable time or released, and able to challenge the lawfulness of detention before a court; pre-trial detention should not be the general rule, and victims of unlawful arrest have a right to compensation.',
     4),
    ('ICCPR-10', '10', 'Humane treatment of persons deprived of liberty',
     'Everyone deprived of liberty must be treated with humanity and respect for the inherent dignity of the human person. Accused persons must normally be kept separate from convicted persons, and accused juveniles separated from adults and brought to adjudication as speedily as possible; the penitentiary system aims at reformation and social rehabilitation.',
     5),
    ('ICCPR-14', '14', 'Fair trial and rights of the accused',
     'Everyone is equal before the courts and entitled to a fair and public hearing by a competent, independent and impartial tribunal, and anyone charged with a criminal offence is presumed innocent until proved guilty. Minimum guarantees include being informed promptly of the charge in a language one understands, time and facilities to prepare a defence and communicate with counsel, free interpretation, and not being compelled to testify against oneself or confess guilt. Police investigation and interviewing must respect these guarantees from the outset.',
     6),
    ('ICCPR-17', '17', 'Right to privacy, family, home and correspondence',
     'No one may be subjected to arbitrary or unlawful interference with privacy, family, home or correspondence, or to unlawful attacks on honour and reputation, and everyone has the right to the protection of the law against such interference. Searches, surveillance, interception of communications and data collection by police must have a legal basis and be necessary and proportionate.',
     7),
    ('ICCPR-19', '19', 'Freedom of opinion and expression',
     'Everyone has the right to hold opinions without interference and to seek, receive and impart information and ideas of all kinds through any media. Restrictions must be provided by law and necessary to respect the rights or reputations of others or to protect national security, public order, public health or morals; journalists and critics may not be arrested or obstructed simply for what they say or report.',
     8),
    ('ICCPR-21', '21', 'Right of peaceful assembly',
     'The right of peaceful assembly is recognised, and restrictions may be imposed only in conformity with the law and where necessary in a democratic society in the interests of national security or public safety, public order, public health or morals, or the rights and freedoms of others. Police should facilitate peaceful assemblies and keep any restriction or dispersal necessary and proportionate.',
     9),
    ('ICCPR-26', '26', 'Equality before the law and non-discrimination',
     'All persons are equal before the law and entitled without discrimination to its equal protection. The law must prohibit discrimination and guarantee effective protection against it on any ground such as race, colour, sex, language, religion, political or other opinion, national or social origin, property, birth or other status; discriminatory profiling and unequal enforcement by police breach this guarantee.',
     10)
) AS v(code, number, short_title, summary, position)
WHERE i.code = 'ICCPR';

-- ---------------------------------------------------------------------------------------------
-- CRC: Convention on the Rights of the Child
-- ---------------------------------------------------------------------------------------------
INSERT INTO provision (id, instrument_id, code, number, short_title, summary, url, position)
SELECT nextval('id_seq'), i.id, v.code, v.number, v.short_title, v.summary, i.url, v.position
FROM instrument i
CROSS JOIN (VALUES
    ('CRC-3', '3', 'Best interests of the child',
     'In all actions concerning children, whether by public or private social welfare institutions, courts, administrative authorities or legislative bodies, the best interests of the child must be a primary consideration. States must also ensure the child''s necessary protection and care and that institutions and services responsible for children meet established standards. Police decisions on arrest, questioning, custody or referral of a child must weigh the child''s best interests.',
     1),
    ('CRC-12', '12', 'Right of the child to be heard',
     'A child capable of forming views has the right to express them freely in all matters affecting the child, given due weight according to age and maturity. In particular, the child must have the opportunity to be heard in any judicial or administrative proceedings affecting them, directly or through a representative or appropriate body.',
     2),
    ('CRC-16', '16', 'Child''s right to privacy',
     'No child may be subjected to arbitrary or unlawful interference with privacy, family, home or correspondence, or to unlawful attacks on honour and reputation, and the child has the right to the protection of the law against such interference. Police must protect the identity and personal information of children they deal with.',
     3),
    ('CRC-19', '19', 'Protection from all forms of violence, abuse and neglect',
     'States must take all appropriate legislative, administrative, social and educational measures to protect children from all forms of physical or mental violence, injury or abuse, neglect, maltreatment or exploitation, including sexual abuse, while in the care of parents, guardians or anyone else. Protective measures include identification, reporting, referral, investigation, treatment and follow-up, and judicial involvement as appropriate, which makes police a key part of the child protection chain.',
     4),
    ('CRC-34', '34', 'Protection from sexual exploitation and sexual abuse',
     'States must protect children from all forms of sexual exploitation and sexual abuse. In particular they must prevent the inducement or coercion of a child into unlawful sexual activity and the exploitative use of children in prostitution or in pornographic performances and materials.',
     5),
    ('CRC-37', '37', 'Torture and deprivation of liberty of children',
     'No child may be subjected to torture or other cruel, inhuman or degrading treatment, and neither capital punishment nor life imprisonment without possibility of release may be imposed for offences committed under 18. Arrest, detention or imprisonment of a child must be lawful, a measure of last resort and for the shortest appropriate time; a child deprived of liberty must be treated humanely and according to age, separated from adults unless that is not in their best interests, allowed contact with family, and given prompt access to legal and other assistance and to a court to challenge the detention.',
     6),
    ('CRC-40', '40', 'Children in conflict with the law (juvenile justice)',
     'A child alleged, accused or found to have infringed the penal law must be treated in a way that respects the child''s dignity and worth, takes account of their age and promotes reintegration. Guarantees include presumption of innocence, prompt and direct information on the charges (through parents or guardians where appropriate), legal or other assistance, decision without delay, no compelled testimony or confession, a free interpreter and full respect for privacy at all stages. States should set a minimum age of criminal responsibility and, where appropriate, deal with children without resorting to judicial proceedings, so police should use diversion where possible.',
     7)
) AS v(code, number, short_title, summary, position)
WHERE i.code = 'CRC';

-- ---------------------------------------------------------------------------------------------
-- OPSC: Optional Protocol to the CRC on the sale of children, child prostitution and child pornography
-- ---------------------------------------------------------------------------------------------
INSERT INTO provision (id, instrument_id, code, number, short_title, summary, url, position)
SELECT nextval('id_seq'), i.id, v.code, v.number, v.short_title, v.summary, i.url, v.position
FROM instrument i
CROSS JOIN (VALUES
    ('OPSC-1', '1', 'Prohibition of the sale of children, child prostitution and child pornography',
     'States Parties must prohibit the sale of children, child prostitution and child pornography as provided for by the Protocol.',
     1),
    ('OPSC-2', '2', 'Definitions',
     'Sale of children means any act or transaction by which a child is transferred by a person or group to another for remuneration or any other consideration. Child prostitution means the use of a child in sexual activities for remuneration or any other form of consideration, and child pornography means any representation, by whatever means, of a child engaged in real or simulated explicit sexual activities or of a child''s sexual parts for primarily sexual purposes.',
     2),
    ('OPSC-3', '3', 'Criminalisation of offences and liability',
     'States must ensure that their criminal law fully covers, whether committed domestically or transnationally, individually or in an organised way: offering, delivering or accepting a child for sexual exploitation, transfer of organs for profit or forced labour; improperly inducing consent to an adoption as an intermediary; offering, obtaining, procuring or providing a child for prostitution; and producing, distributing, disseminating, importing, exporting, offering, selling or possessing child pornography. Attempt, complicity and participation must also be punishable with penalties reflecting the offences'' grave nature, and legal persons must be liable where appropriate.',
     3),
    ('OPSC-8', '8', 'Protection of child victims in the criminal justice process',
     'States must protect the rights and interests of child victims at all stages of the criminal justice process, including by adapting procedures to their special needs as witnesses, informing them of their rights and the progress of the case, providing support services, protecting their privacy and identity, and protecting them and their families from intimidation and retaliation. Uncertainty about a victim''s actual age must not prevent a criminal investigation, the best interests of the child are a primary consideration, and those working with victims must receive appropriate legal and psychological training.',
     4),
    ('OPSC-9', '9', 'Prevention, victim assistance and compensation',
     'States must adopt or strengthen, implement and publicise laws, administrative measures, social policies and programmes to prevent these offences, paying particular attention to especially vulnerable children, and raise public awareness through information, education and training. They must take all feasible measures to secure assistance for victims, including full social reintegration and physical and psychological recovery, access to procedures to seek compensation from those legally responsible, and must prohibit material advertising the offences.',
     5)
) AS v(code, number, short_title, summary, position)
WHERE i.code = 'OPSC';

-- ---------------------------------------------------------------------------------------------
-- ICRMW: International Convention on the Protection of the Rights of All Migrant Workers
-- ---------------------------------------------------------------------------------------------
INSERT INTO provision (id, instrument_id, code, number, short_title, summary, url, position)
SELECT nextval('id_seq'), i.id, v.code, v.number, v.short_title, v.summary, i.url, v.position
FROM instrument i
CROSS JOIN (VALUES
    ('ICRMW-16', '16', 'Liberty and security; safeguards on arrest and detention of migrants',
     'Migrant workers and their families have the right to liberty and security of person and to effective State protection against violence, injury, threats and intimidation, whether by public officials or private persons; identity checks by police must follow procedures established by law. They may not be arbitrarily arrested or detained, must be told the reasons for arrest as far as possible in a language they understand, have their consular authorities informed without delay if they request it, be brought promptly before a judge, be able to challenge their detention before a court with free interpretation if needed, and receive compensation for unlawful arrest or detention.',
     1),
    ('ICRMW-17', '17', 'Humane treatment of migrants deprived of liberty',
     'Migrant workers and their families deprived of liberty must be treated with humanity and respect for their inherent dignity and cultural identity. Accused persons are to be kept separate from convicted persons, and anyone detained for breaching migration rules should, as far as practicable, be held separately from convicted persons and those awaiting trial; family visits must be facilitated and the costs of administrative detention for migration offences may not be charged to the migrant.',
     2),
    ('ICRMW-18', '18', 'Equality before courts and fair-trial guarantees',
     'Migrant workers and their families have the same rights as nationals before courts and tribunals, including a fair and public hearing by a competent, independent and impartial tribunal and the presumption of innocence. Minimum guarantees mirror those of the ICCPR, among them prompt information on charges in a language they understand, legal assistance, a free interpreter and protection against being compelled to testify against themselves or confess guilt.',
     3),
    ('ICRMW-22', '22', 'Prohibition of collective expulsion; due process in expulsion',
     'Migrant workers and their families may not be subjected to collective expulsion: each case must be examined and decided individually. Expulsion requires a decision by a competent authority in accordance with law, communicated in a language the person understands and with reasons save in exceptional national security cases, and the person may submit reasons against expulsion and seek review; expulsion does not in itself extinguish rights acquired, such as unpaid wages.',
     4),
    ('ICRMW-23', '23', 'Right to consular protection and assistance',
     'Migrant workers and their families have the right to seek the protection and assistance of the consular or diplomatic authorities of their State of origin whenever their Convention rights are impaired. In case of expulsion, the person must be informed of this right without delay and the authorities of the expelling State must facilitate its exercise.',
     5)
) AS v(code, number, short_title, summary, position)
WHERE i.code = 'ICRMW';

-- ---------------------------------------------------------------------------------------------
-- GCM: Global Compact for Safe, Orderly and Regular Migration (non-binding)
-- Only the objectives bearing on police and border practice are catalogued here.
-- ---------------------------------------------------------------------------------------------
INSERT INTO provision (id, instrument_id, code, number, short_title, summary, url, position)
SELECT nextval('id_seq'), i.id, v.code, v.number, v.short_title, v.summary, i.url, v.position
FROM instrument i
CROSS JOIN (VALUES
    ('GCM-7', 'Objective 7', 'Address and reduce vulnerabilities in migration',
     'States commit to respond to the needs of migrants who face situations of vulnerability in transit or at destination, such as unaccompanied or separated children, victims of violence or trafficking, and others at risk, by assisting them and protecting their human rights in line with international law. For police this means identifying vulnerable migrants and referring them to protection services in a gender-responsive and child-sensitive way.',
     1),
    ('GCM-8', 'Objective 8', 'Save lives and establish coordinated international efforts on missing migrants',
     'States commit to cooperate internationally to save lives and prevent migrant deaths and injuries, including through search and rescue and the standardised collection and exchange of information. They also commit to identify migrants who have died or gone missing and to facilitate communication with their families.',
     2),
    ('GCM-9', 'Objective 9', 'Strengthen the transnational response to smuggling of migrants',
     'States commit to prevent and counter migrant smuggling by strengthening capacities and cooperation to investigate, prosecute and penalise smugglers and end the impunity of smuggling networks. Migrants should not become liable to criminal prosecution merely for having been smuggled, and smuggled migrants should be identified so that their human rights are protected, with attention to women and children.',
     3),
    ('GCM-10', 'Objective 10', 'Prevent, combat and eradicate trafficking in persons in the context of international migration',
     'States commit to prevent, combat and eradicate trafficking in persons by strengthening capacities and cooperation to investigate, prosecute and penalise it, discouraging demand and ending impunity for trafficking networks. They also commit to improve the identification, protection and assistance of migrants who have become victims of trafficking, paying particular attention to women and children.',
     4),
    ('GCM-11', 'Objective 11', 'Manage borders in an integrated, secure and coordinated manner',
     'States commit to manage their borders in a coordinated way that ensures the security of States, communities and migrants and facilitates safe and regular cross-border movement while preventing irregular migration. Border management must respect the rule of law, international obligations and the human rights of all migrants regardless of status, and be non-discriminatory, gender-responsive and child-sensitive, including in screening and interviewing at the border.',
     5),
    ('GCM-12', 'Objective 12', 'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
     'States commit to increase legal certainty and predictability in migration procedures through effective, human rights-based mechanisms for timely screening and individual assessment of all migrants, so that they can be identified and referred to the appropriate procedures. For officers at first contact this means recognising possible victims of trafficking, unaccompanied children and others needing protection and referring them on.',
     6),
    ('GCM-13', 'Objective 13', 'Use migration detention only as a measure of last resort and work towards alternatives',
     'States commit to ensure that any detention in the context of international migration follows due process, is non-arbitrary, is based on law, necessity, proportionality and individual assessment, is carried out by authorised officials and lasts for the shortest possible time, whether on entry, in transit or pending return. They commit to prioritise non-custodial alternatives and to work to end the detention of children in the context of international migration.',
     7),
    ('GCM-14', 'Objective 14', 'Enhance consular protection, assistance and cooperation throughout the migration cycle',
     'States commit to strengthen consular protection of and assistance to their nationals abroad and consular cooperation between States, to better safeguard the rights and interests of migrants. For police, this includes informing detained foreign nationals of their right to consular contact and facilitating it.',
     8),
    ('GCM-17', 'Objective 17', 'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration',
     'States commit to eliminate all forms of discrimination and to condemn and counter racism, racial discrimination, xenophobia, violence and related intolerance against migrants, and to promote open, evidence-based public discourse on migration. This includes preventing, detecting and responding to racial, ethnic and religious profiling of migrants by public authorities, including police.',
     9),
    ('GCM-21', 'Objective 21', 'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration',
     'States commit to facilitate and cooperate on safe and dignified return, guaranteeing due process, individual assessment and an effective remedy. Returns must respect the prohibition of collective expulsion and of returning migrants where there is a real and foreseeable risk of death, torture or other cruel, inhuman or degrading treatment, or other irreparable harm; States also commit to readmit their own nationals and support their sustainable reintegration.',
     10)
) AS v(code, number, short_title, summary, position)
WHERE i.code = 'GCM';

-- ---------------------------------------------------------------------------------------------
-- CCLEO: Code of Conduct for Law Enforcement Officials
-- ---------------------------------------------------------------------------------------------
INSERT INTO provision (id, instrument_id, code, number, short_title, summary, url, position)
SELECT nextval('id_seq'), i.id, v.code, v.number, v.short_title, v.summary, i.url, v.position
FROM instrument i
CROSS JOIN (VALUES
    ('CCLEO-1', '1', 'Duty to serve the community and protect all persons',
     'Law enforcement officials must at all times fulfil the duty the law imposes on them by serving the community and protecting all persons against illegal acts, with the high degree of responsibility their profession requires. The commentary makes clear that the Code covers all officers who exercise police powers, especially powers of arrest or detention, including military or state security forces when they do so.',
     1),
    ('CCLEO-2', '2', 'Respect for human dignity and human rights',
     'In performing their duties, law enforcement officials must respect and protect human dignity and maintain and uphold the human rights of all persons.',
     2),
    ('CCLEO-3', '3', 'Use of force only when strictly necessary',
     'Law enforcement officials may use force only when strictly necessary and only to the extent required for the performance of their duty. The commentary stresses that force is exceptional and must be proportionate to the legitimate objective, that firearms are an extreme measure to be used only against armed resistance or a threat to others'' lives when less extreme means are insufficient, and that every discharge of a firearm must be reported promptly.',
     3),
    ('CCLEO-4', '4', 'Confidentiality of information',
     'Confidential information in the possession of law enforcement officials must be kept confidential unless the performance of duty or the needs of justice strictly require otherwise. Officers must not misuse personal information they obtain through their work.',
     4),
    ('CCLEO-5', '5', 'Absolute prohibition of torture and ill-treatment',
     'No law enforcement official may inflict, instigate or tolerate any act of torture or other cruel, inhuman or degrading treatment or punishment. Neither superior orders nor exceptional circumstances, such as war or a threat of war, a threat to national security, internal political instability or any other public emergency, may be invoked as a justification.',
     5),
    ('CCLEO-6', '6', 'Protection of the health of persons in custody',
     'Law enforcement officials must ensure the full protection of the health of persons in their custody and, in particular, take immediate action to secure medical attention whenever required.',
     6),
    ('CCLEO-7', '7', 'Prohibition of corruption',
     'Law enforcement officials must not commit any act of corruption and must rigorously oppose and combat all such acts.',
     7),
    ('CCLEO-8', '8', 'Respect for the law and the Code; duty to report violations',
     'Law enforcement officials must respect the law and the Code and, to the best of their capability, prevent and rigorously oppose any violation of them. An official who has reason to believe that a violation has occurred or is about to occur must report it to superior authorities and, where necessary, to other authorities or bodies with reviewing or remedial power.',
     8)
) AS v(code, number, short_title, summary, position)
WHERE i.code = 'CCLEO';

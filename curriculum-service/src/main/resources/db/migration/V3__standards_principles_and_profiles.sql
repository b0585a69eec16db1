-- Standards catalog, part 2: UN soft-law principles on force, detention and interviewing, the fundamental
-- principles of IHL, two Council of Europe conventions, the standards profiles that group provisions by
-- the kind of officer to be trained, and the operational domains.
--
-- Summaries paraphrase the texts; they are teaching aids, not authoritative restatements. Profiles also
-- reference provisions seeded by V2 (UNCAT, ICCPR, CRC, OPSC, ICRMW, GCM, CCLEO).

-- ---------------------------------------------------------------------------------------------
-- Instruments
-- ---------------------------------------------------------------------------------------------
INSERT INTO instrument (id, code, title, kind, adopting_body, year, url) VALUES
    (nextval('id_seq'), 'BPUFF',
     'Basic Principles on the Use of Force and Firearms by Law Enforcement Officials', 'SOFT_LAW',
     'Eighth United Nations Congress on the Prevention of Crime and the Treatment of Offenders', 1990,
     'https://www.ohchr.org/en/instruments-mechanisms/instruments/basic-principles-use-force-and-firearms-law-enforcement-officials'),
    (nextval('id_seq'), 'BOP',
     'Body of Principles for the Protection of All Persons under Any Form of Detention or Imprisonment', 'SOFT_LAW',
     'United Nations General Assembly (resolution 43/173)', 1988,
     'https://www.ohchr.org/en/instruments-mechanisms/instruments/body-principles-protection-all-persons-under-any-form-detention'),
    (nextval('id_seq'), 'NMR',
     'United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules)', 'SOFT_LAW',
     'United Nations General Assembly (resolution 70/175)', 2015,
     'https://undocs.org/A/RES/70/175'),
    (nextval('id_seq'), 'PEI',
     'Principles on Effective Interviewing for Investigations and Information Gathering (the Méndez Principles)', 'SOFT_LAW',
     'Steering committee convened by the Anti-Torture Initiative, the Association for the Prevention of Torture and the Norwegian Centre for Human Rights', 2021,
     'https://interviewingprinciples.com/'),
    (nextval('id_seq'), 'IHL',
     'Fundamental principles of international humanitarian law', 'IHL_PRINCIPLE',
     'Geneva Conventions, Additional Protocols and customary IHL (ICRC study)', 1977,
     'https://ihl-databases.icrc.org/en/customary-ihl'),
    (nextval('id_seq'), 'LANZAROTE',
     'Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse (CETS No. 201)', 'REGIONAL_CONVENTION',
     'Council of Europe', 2007,
     'https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=201'),
    (nextval('id_seq'), 'BUDAPEST',
     'Council of Europe Convention on Cybercrime (ETS No. 185)', 'REGIONAL_CONVENTION',
     'Council of Europe', 2001,
     'https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=185');

-- ---------------------------------------------------------------------------------------------
-- BPUFF: Basic Principles on the Use of Force and Firearms (1990)
-- ---------------------------------------------------------------------------------------------
INSERT INTO provision (id, instrument_id, code, number, short_title, summary, url, position)
SELECT nextval('id_seq'), i.id, v.code, v.number, v.short_title, v.summary, i.url, v.position
FROM instrument i
CROSS JOIN (VALUES
    ('BPUFF-1', '1', 'Rules and regulations on force and firearms',
     'Governments and law enforcement agencies must adopt and implement rules and regulations on the use of force and firearms, and keep the ethical issues it raises under constant review. For police, every use of force must rest on a written, lawful policy that officers are trained on.', 1),
    ('BPUFF-2', '2', 'A differentiated range of means and protective equipment',
     'Agencies must develop as broad a range of means as possible and equip officers with different types of weapons, including less-lethal incapacitating weapons, and with self-defensive equipment such as shields, helmets and protective vests. The aim is to reduce the need to resort to weapons capable of causing death or injury.', 2),
    ('BPUFF-4', '4', 'Non-violent means first',
     'Officers must, as far as possible, apply non-violent means before resorting to force and firearms, and may use force only if other means remain ineffective or have no promise of achieving the intended result. In practice this means communication, de-escalation and tactical options come before any physical force.', 3),
    ('BPUFF-5', '5', 'Restraint, proportionality and care for the injured',
     'When the lawful use of force is unavoidable, officers must exercise restraint and act in proportion to the seriousness of the offence and the legitimate objective, minimise damage and injury, and respect and preserve life. They must ensure that medical aid reaches anyone injured as soon as possible and that relatives or close friends are notified at the earliest possible moment.', 4),
    ('BPUFF-6', '6', 'Reporting injury or death caused by force',
     'Where the use of force or firearms causes injury or death, the officers involved must report the incident promptly to their superiors, in line with the review procedures of principle 22.', 5),
    ('BPUFF-9', '9', 'Permitted grounds for using firearms',
     'Firearms may be used against persons only in self-defence or defence of others against the imminent threat of death or serious injury, to prevent a particularly serious crime involving grave threat to life, or to arrest or prevent the escape of a person presenting such a danger, and only when less extreme means are insufficient. Intentional lethal use is allowed only when strictly unavoidable to protect life.', 6),
    ('BPUFF-10', '10', 'Identification and warning before firing',
     'Before using firearms, officers must identify themselves as law enforcement officials and give a clear warning of their intent, leaving sufficient time for it to be heeded. The warning may be omitted only where it would unduly endanger officers or others, or would be clearly inappropriate or pointless in the circumstances.', 7),
    ('BPUFF-11', '11', 'Content of firearms regulations',
     'Firearms rules must specify who may carry firearms and which types and ammunition are permitted, ensure firearms are used only in appropriate circumstances and in a way that decreases the risk of unnecessary harm, and prohibit weapons causing unwarranted injury or risk. They must also regulate the control, storage and issuing of firearms with accountability for weapons and ammunition, provide for warnings, and require a report whenever firearms are used.', 8),
    ('BPUFF-13', '13', 'Dispersing unlawful but non-violent assemblies',
     'When dispersing assemblies that are unlawful but non-violent, officers must avoid the use of force or, where that is not practicable, restrict force to the minimum extent necessary. Unlawfulness of an assembly alone never justifies force.', 9),
    ('BPUFF-14', '14', 'Dispersing violent assemblies',
     'When dispersing violent assemblies, officers may use firearms only when less dangerous means are not practicable and only to the minimum extent necessary, and never outside the conditions set by principle 9. Firing indiscriminately into a crowd is therefore never lawful.', 10),
    ('BPUFF-15', '15', 'Force against persons in custody or detention',
     'In dealing with persons in custody or detention, officers must not use force except when strictly necessary to maintain security and order within the institution, or when their personal safety is threatened.', 11),
    ('BPUFF-16', '16', 'Firearms against persons in custody or detention',
     'Officers must not use firearms against persons in custody or detention except in self-defence or defence of others against the immediate threat of death or serious injury, or when strictly necessary to prevent the escape of a detainee presenting the danger described in principle 9.', 12),
    ('BPUFF-18', '18', 'Selection, screening and fitness of officers',
     'Law enforcement officials must be selected through proper screening, have appropriate moral, psychological and physical qualities, and receive continuous and thorough professional training. Their continued fitness to perform these functions must be reviewed periodically.', 13),
    ('BPUFF-19', '19', 'Proficiency training before carrying firearms',
     'Officers must be trained and tested against appropriate proficiency standards in the use of force, and those required to carry firearms may be authorised to do so only after completing special training in their use.', 14),
    ('BPUFF-20', '20', 'Training in ethics, human rights and alternatives to force',
     'Training must give special attention to police ethics and human rights, especially in investigations, and to alternatives to force such as peaceful settlement of conflicts, understanding crowd behaviour, persuasion, negotiation and mediation. Training programmes and operational procedures must be reviewed in the light of particular incidents.', 15),
    ('BPUFF-22', '22', 'Reporting and independent review of incidents',
     'Governments and agencies must establish effective reporting and review procedures for incidents involving force and firearms, with independent administrative or prosecutorial authorities able to exercise jurisdiction. In cases of death, serious injury or other grave consequences, a detailed report must be sent promptly to the authorities responsible for administrative review and judicial control.', 16),
    ('BPUFF-24', '24', 'Responsibility of superior officers',
     'Superior officers are responsible if they knew, or should have known, that officers under their command were resorting to unlawful force and firearms and did not take all measures in their power to prevent, suppress or report it. Command responsibility is a core part of supervisory training.', 17),
    ('BPUFF-25', '25', 'Protection for officers who refuse or report unlawful force',
     'No criminal or disciplinary sanction may be imposed on officers who refuse an order to use force or firearms in breach of these Principles, or who report such use by other officers.', 18),
    ('BPUFF-26', '26', 'Superior orders are no defence',
     'Obeying superior orders is no defence if an officer knew that an order to use force resulting in death or serious injury was manifestly unlawful and had a reasonable opportunity to refuse it. The superiors who gave the unlawful order are also responsible.', 19)
) AS v(code, number, short_title, summary, position)
WHERE i.code = 'BPUFF';

-- ---------------------------------------------------------------------------------------------
-- BOP: Body of Principles on Detention (1988)
-- ---------------------------------------------------------------------------------------------
INSERT INTO provision (id, instrument_id, code, number, short_title, summary, url, position)
SELECT nextval('id_seq'), i.id, v.code, v.number, v.short_title, v.summary, i.url, v.position
FROM instrument i
CROSS JOIN (VALUES
    ('BOP-1', 'Principle 1', 'Humane treatment and respect for dignity',
     'Every person under any form of detention or imprisonment must be treated humanely and with respect for the inherent dignity of the human person. This applies from the moment of arrest, including in police cells and vehicles.', 1),
    ('BOP-2', 'Principle 2', 'Arrest and detention only in accordance with law',
     'Arrest, detention or imprisonment may be carried out only strictly in accordance with the law and by competent officials or persons authorised for that purpose. Officers must be able to point to the legal basis and their own authority for every deprivation of liberty.', 2),
    ('BOP-6', 'Principle 6', 'Absolute prohibition of torture and ill-treatment of detainees',
     'No detained person may be subjected to torture or to cruel, inhuman or degrading treatment or punishment, and no circumstance whatever may be invoked to justify it. The prohibition covers conditions and practices, such as deprivation of sight, hearing or awareness of place and time, as well as physical abuse.', 3),
    ('BOP-10', 'Principle 10', 'Reasons for arrest and prompt information on charges',
     'Anyone arrested must be told, at the time of arrest, the reason for the arrest and must be promptly informed of any charges against them.', 4),
    ('BOP-11', 'Principle 11', 'Prompt hearing and communication of detention orders',
     'A person may not be kept in detention without an effective opportunity to be heard promptly by a judicial or other authority, and may defend themselves or be assisted by counsel. The detainee and counsel must receive prompt and full communication of any detention order and its reasons, and the authority must be empowered to review whether continued detention is justified.', 5),
    ('BOP-12', 'Principle 12', 'Custody records',
     'The authorities must duly record the reasons for the arrest, the time of arrest, of arrival at the place of custody and of first appearance before a judicial or other authority, the identity of the officers concerned, and precise information on the place of custody. These records must be communicated to the detainee or their counsel.', 6),
    ('BOP-13', 'Principle 13', 'Information on rights at arrest and admission',
     'At the moment of arrest and at the start of detention, or promptly afterwards, the responsible authority must give the detainee information on, and an explanation of, their rights and how to exercise them.', 7),
    ('BOP-14', 'Principle 14', 'Language and interpretation',
     'A person who does not adequately understand or speak the language used by the authorities must promptly receive, in a language they understand, the information on reasons, charges, records and rights, and is entitled to free interpretation where necessary in connection with proceedings after arrest.', 8),
    ('BOP-15', 'Principle 15', 'No incommunicado detention beyond a matter of days',
     'Subject only to the narrow exceptions in principles 16(4) and 18(3), communication of a detainee with the outside world, in particular family and counsel, may not be denied for more than a matter of days.', 9),
    ('BOP-16', 'Principle 16', 'Notification of family, consulates and guardians',
     'Promptly after arrest and after each transfer, a detainee may notify, or have the authorities notify, family or other appropriate persons of the arrest and place of detention. Foreign nationals must be told of their right to contact their consulate (refugees, the competent international organisation), parents or guardians of juveniles must be notified by the authorities themselves, and notification may be delayed only for a reasonable period where exceptional needs of the investigation require.', 10),
    ('BOP-17', 'Principle 17', 'Right to legal counsel and legal aid',
     'A detainee is entitled to the assistance of legal counsel, must be told of this right promptly after arrest and given reasonable facilities to exercise it. If they have no lawyer of their choice, one must be assigned where the interests of justice require, free of charge if they cannot pay.', 11),
    ('BOP-18', 'Principle 18', 'Confidential communication with counsel',
     'A detainee may communicate and consult with counsel, with adequate time and facilities, without delay or censorship and in full confidentiality; this may be suspended only in exceptional circumstances set by law and judged indispensable by a judicial or other authority. Interviews may be within sight but not within hearing of officers, and lawyer-client communications are not admissible as evidence unless connected with a continuing or contemplated crime.', 12),
    ('BOP-19', 'Principle 19', 'Family visits and contact with the outside world',
     'A detainee has the right to be visited by and correspond with family members and to have adequate opportunity to communicate with the outside world, subject only to reasonable conditions and restrictions specified by law or lawful regulations.', 13),
    ('BOP-21', 'Principle 21', 'No coercion during interrogation',
     'It is prohibited to take undue advantage of a detainee''s situation to compel a confession, self-incrimination or testimony against anyone else. No detainee under interrogation may be subjected to violence, threats or methods that impair their capacity of decision or judgement.', 14),
    ('BOP-23', 'Principle 23', 'Recording of interrogations',
     'The duration of each interrogation and the intervals between them, and the identity of the officials conducting it and of other persons present, must be recorded and certified as prescribed by law. The detainee or their counsel must have access to this information.', 15),
    ('BOP-24', 'Principle 24', 'Medical examination on admission and medical care',
     'A detainee must be offered a proper medical examination as promptly as possible after admission to a place of detention, and thereafter medical care and treatment whenever necessary, free of charge. Custody staff must facilitate this rather than filter requests.', 16),
    ('BOP-32', 'Principle 32', 'Challenging the lawfulness of detention (habeas corpus)',
     'A detainee or their counsel may at any time take proceedings before a judicial or other authority to challenge the lawfulness of detention and obtain release without delay if it is unlawful. The procedure must be simple, expeditious and free for those without means, and the detaining authority must produce the detainee before the reviewing authority without unreasonable delay.', 17),
    ('BOP-33', 'Principle 33', 'Requests and complaints about treatment',
     'A detainee or their counsel (or, where they cannot, a family member or other person with knowledge) may make a request or complaint about treatment, in particular torture or ill-treatment, to the administering authorities, higher authorities and bodies with remedial powers. Complaints must be handled confidentially if requested, answered promptly, and must not expose the complainant to any prejudice.', 18),
    ('BOP-37', 'Principle 37', 'Prompt appearance before a judge after arrest',
     'A person detained on a criminal charge must be brought before a judicial or other authority promptly after arrest, which decides without delay on the lawfulness and necessity of detention; detention pending investigation or trial requires its written order. When brought before that authority the detainee may make a statement about their treatment in custody.', 19)
) AS v(code, number, short_title, summary, position)
WHERE i.code = 'BOP';

-- ---------------------------------------------------------------------------------------------
-- NMR: Nelson Mandela Rules (2015), rules bearing on custody and places of detention
-- ---------------------------------------------------------------------------------------------
INSERT INTO provision (id, instrument_id, code, number, short_title, summary, url, position)
SELECT nextval('id_seq'), i.id, v.code, v.number, v.short_title, v.summary, i.url, v.position
FROM instrument i
CROSS JOIN (VALUES
    ('NMR-1', 'Rule 1', 'Dignity, prohibition of torture and safety of all',
     'All prisoners must be treated with respect for their inherent dignity and value as human beings, and protected from torture and other ill-treatment, for which no circumstance may be a justification. The safety and security of prisoners, staff, service providers and visitors must be ensured at all times.', 1),
    ('NMR-7', 'Rule 7', 'Lawful commitment and admission records',
     'No one may be received into a place of detention without a valid commitment order. On admission the file must record identity, the reasons for commitment and authority responsible, the date, time and place of arrest, the time of admission, any visible injuries and complaints of prior ill-treatment, an inventory of personal property and family contacts.', 2),
    ('NMR-11', 'Rule 11', 'Separation of categories of detainees',
     'Different categories of prisoners must be kept in separate institutions or parts of institutions: men and women, untried and convicted persons, persons imprisoned for civil matters and criminal prisoners, and young prisoners and adults.', 3),
    ('NMR-24', 'Rule 24', 'Health care as a State responsibility',
     'Providing health care for prisoners is a State responsibility; they must enjoy the same standards of care available in the community, free of charge and without discrimination. Health services must be organised in close relationship with public health services to ensure continuity of treatment, including for HIV, tuberculosis and drug dependence.', 4),
    ('NMR-30', 'Rule 30', 'Medical screening on admission',
     'A physician or other qualified health-care professional must see, talk with and examine every prisoner as soon as possible after admission and as necessary thereafter. Particular attention goes to health-care needs, signs of prior ill-treatment, psychological stress including risk of suicide or self-harm and withdrawal symptoms, and contagious diseases.', 5),
    ('NMR-33', 'Rule 33', 'Reporting health harm caused by detention',
     'The physician must report to the director whenever a prisoner''s physical or mental health has been or will be injuriously affected by continued imprisonment or any condition of imprisonment.', 6),
    ('NMR-34', 'Rule 34', 'Documenting and reporting signs of torture',
     'Health-care professionals who become aware of any signs of torture or other ill-treatment when examining or treating a prisoner must document and report them to the competent medical, administrative or judicial authority. Safeguards must ensure that the prisoner and associated persons are not exposed to a foreseeable risk of harm as a result.', 7),
    ('NMR-43', 'Rule 43', 'Prohibited restrictions and disciplinary sanctions',
     'Restrictions or disciplinary sanctions may never amount to torture or ill-treatment; indefinite or prolonged solitary confinement, dark or constantly lit cells, corporal punishment, reduction of food or water and collective punishment are prohibited. Instruments of restraint may never be used as a disciplinary sanction, and sanctions may not include a ban on family contact.', 8),
    ('NMR-44', 'Rule 44', 'Definition of solitary confinement',
     'Solitary confinement means confinement for 22 hours or more a day without meaningful human contact; it becomes prolonged solitary confinement when it exceeds 15 consecutive days.', 9),
    ('NMR-45', 'Rule 45', 'Solitary confinement only as a last resort',
     'Solitary confinement may be used only in exceptional cases as a last resort, for as short a time as possible, subject to independent review and authorised by a competent authority. It must not be imposed on prisoners with mental or physical disabilities whose condition it would worsen, and its use for women and children is restricted under related UN standards.', 10),
    ('NMR-47', 'Rule 47', 'Instruments of restraint',
     'Chains, irons and other restraints that are inherently degrading or painful are prohibited. Other restraints may be used only where authorised by law: as a precaution against escape during transfer (removed before a judicial or administrative authority), or by order of the director to prevent self-harm, harm to others or damage to property when other methods of control fail.', 11),
    ('NMR-52', 'Rule 52', 'Strip and body cavity searches',
     'Intrusive searches, including strip and body cavity searches, may be undertaken only if absolutely necessary, with alternatives used where available. They must be conducted in private by trained staff of the same sex, and body cavity searches only by qualified health-care professionals or appropriately trained staff.', 12),
    ('NMR-54', 'Rule 54', 'Written information for detainees on admission',
     'On admission every prisoner must receive written information on the applicable law and regulations, their rights (including access to legal advice and legal aid and how to make requests or complaints), their obligations including disciplinary rules, and anything else needed to adapt to life in detention.', 13),
    ('NMR-57', 'Rule 57', 'Handling complaints and allegations of torture',
     'Every request or complaint must be dealt with promptly, and safeguards must allow prisoners to complain safely and confidentially without risk of retaliation. Allegations of torture or ill-treatment must be dealt with immediately and lead to a prompt and impartial investigation by an independent national authority.', 14),
    ('NMR-58', 'Rule 58', 'Contact with family and friends',
     'Prisoners must be allowed, under necessary supervision, to communicate with family and friends at regular intervals, by correspondence and where available by telecommunication and digital means, and by receiving visits. Where conjugal visits are allowed they must be applied without discrimination.', 15),
    ('NMR-61', 'Rule 61', 'Confidential access to a legal adviser',
     'Prisoners must have adequate opportunity, time and facilities to be visited by and consult a legal adviser of their choice or a legal aid provider, without delay, interception or censorship and in full confidentiality. Consultations may be within sight but not within hearing of staff, and independent interpretation and effective legal aid must be available.', 16),
    ('NMR-68', 'Rule 68', 'Right to inform family of detention and transfer',
     'Every prisoner has the right, and must be given the means, to inform their family or another designated contact immediately about their imprisonment, any transfer, and any serious illness or injury.', 17),
    ('NMR-71', 'Rule 71', 'Reporting and investigating deaths and torture in custody',
     'Any death, disappearance or serious injury in custody must be reported without delay to a judicial or other competent authority independent of the detaining administration, for a prompt, impartial and effective investigation; the same applies whenever there are reasonable grounds to believe torture or ill-treatment occurred, even without a complaint. Evidence must be preserved and staff potentially involved kept away from the investigation, witnesses and the victim''s family.', 18),
    ('NMR-76', 'Rule 76', 'Minimum content of staff training',
     'Staff training must cover at least national law and international standards, the duty to respect dignity and the prohibition of torture and ill-treatment, security including dynamic security, the use of force and restraints and de-escalation through negotiation and mediation, and first aid, psychosocial needs and early detection of mental health problems.', 19),
    ('NMR-82', 'Rule 82', 'Use of force by custodial staff',
     'Staff may use force against prisoners only in self-defence, in cases of attempted escape or of active or passive physical resistance to a lawful order, must use no more than is strictly necessary, and must report the incident immediately. Staff in direct contact with prisoners should not, except in special circumstances, be armed.', 20),
    ('NMR-111', 'Rule 111', 'Untried prisoners and the presumption of innocence',
     'Persons held on a criminal charge but not yet tried, whether in police custody or in prison, are untried prisoners. They are presumed innocent, must be treated as such, and benefit from a special regime.', 21),
    ('NMR-112', 'Rule 112', 'Separation of untried prisoners',
     'Untried prisoners must be kept separate from convicted prisoners, and young untried prisoners must be kept separate from adults and in principle detained in separate institutions.', 22),
    ('NMR-119', 'Rule 119', 'Information on reasons and assigned legal adviser',
     'Every untried prisoner must be promptly informed of the reasons for detention and of any charges. If they have no lawyer of their own choice, one must be assigned where the interests of justice require, free if they lack means, and any denial of access to a lawyer must be subject to prompt independent review.', 23),
    ('NMR-120', 'Rule 120', 'Access to a legal adviser for the defence',
     'Access of untried prisoners to a legal adviser or legal aid provider for their defence follows the same principles as rule 61, and on request they must be given writing materials to prepare their defence, including confidential instructions to their lawyer.', 24)
) AS v(code, number, short_title, summary, position)
WHERE i.code = 'NMR';

-- ---------------------------------------------------------------------------------------------
-- PEI: Principles on Effective Interviewing (Méndez Principles, 2021)
-- ---------------------------------------------------------------------------------------------
INSERT INTO provision (id, instrument_id, code, number, short_title, summary, url, position)
SELECT nextval('id_seq'), i.id, v.code, v.number, v.short_title, v.summary, i.url, v.position
FROM instrument i
CROSS JOIN (VALUES
    ('PEI-1', '1', 'Foundations: interviewing grounded in science, law and ethics',
     'Effective interviewing rests on science, law and ethics: coercion is unlawful and unreliable, and rapport-based, non-coercive questioning yields more accurate information. Officers must respect the presumption of innocence and treat every interviewee with dignity.', 1),
    ('PEI-2', '2', 'Practice: a comprehensive process with legal safeguards',
     'Interviewing is a structured process of planning, rapport, open questioning, evaluation of information and recording, carried out together with legal safeguards. These include information on rights and the reasons for arrest, the right to silence, prompt access to a lawyer and interpreter, medical examination, notification of a third party and full recording of interviews.', 2),
    ('PEI-3', '3', 'Vulnerability: identifying and meeting interviewees'' needs',
     'Interviewers must identify and respond to the needs of interviewees in situations of vulnerability, such as children, persons with disabilities, victims of trauma or persons in custody. Procedures must be adapted so that vulnerability does not lead to unreliable statements or harm.', 3),
    ('PEI-4', '4', 'Training: interviewing as a professional skill',
     'Effective interviewing is a professional undertaking requiring specific initial and continuous training, including practice, assessment and supervision. Training must cover the science of interviewing, legal safeguards and the needs of vulnerable persons.', 4),
    ('PEI-5', '5', 'Accountability: transparent and accountable institutions',
     'Institutions that conduct interviews must be transparent and accountable, with recording, documentation, complaint mechanisms and independent oversight. Evidence obtained through torture or ill-treatment must be excluded and misconduct investigated and sanctioned.', 5),
    ('PEI-6', '6', 'Implementation: robust national measures',
     'States must implement effective interviewing through national legislation, policies, procedures, resources and institutional change, so that non-coercive interviewing becomes standard practice across investigative agencies.', 6)
) AS v(code, number, short_title, summary, position)
WHERE i.code = 'PEI';

-- ---------------------------------------------------------------------------------------------
-- IHL: fundamental principles (customary IHL study, ICRC)
-- ---------------------------------------------------------------------------------------------
INSERT INTO provision (id, instrument_id, code, number, short_title, summary, url, position)
SELECT nextval('id_seq'), i.id, v.code, v.number, v.short_title, v.summary, v.url, v.position
FROM instrument i
CROSS JOIN (VALUES
    ('IHL-DISTINCTION', 'Distinction', 'Distinguishing civilians from combatants and military objectives',
     'Parties to an armed conflict must at all times distinguish between civilians and combatants and between civilian objects and military objectives, and may direct attacks only against the latter (customary rules 1 and 7; Additional Protocol I, arts 48 and 51). Police, as civilians unless incorporated into the armed forces or directly participating in hostilities, must understand when they are protected and when their conduct is governed by law enforcement rules.',
     'https://ihl-databases.icrc.org/en/customary-ihl/v1/rule1', 1),
    ('IHL-PROPORTIONALITY', 'Proportionality', 'Proportionality in attack',
     'An attack is prohibited if it may be expected to cause incidental civilian death, injury or damage that would be excessive in relation to the concrete and direct military advantage anticipated (customary rule 14; Additional Protocol I, art 51(5)(b)). This IHL test differs from, and is more permissive than, the law enforcement proportionality of the Basic Principles, which continue to govern policing even in armed conflict.',
     'https://ihl-databases.icrc.org/en/customary-ihl/v1/rule14', 2),
    ('IHL-PRECAUTION', 'Precaution', 'Precautions in attack and against the effects of attack',
     'In the conduct of military operations, constant care must be taken to spare civilians, and all feasible precautions must be taken to avoid or minimise incidental civilian harm, including verifying targets and giving effective advance warning (customary rules 15 to 24; Additional Protocol I, arts 57 and 58).',
     'https://ihl-databases.icrc.org/en/customary-ihl/v1/rule15', 3),
    ('IHL-NECESSITY', 'Necessity', 'Military necessity, limited by humanity',
     'Military necessity permits only measures actually required to achieve a legitimate military purpose that are not otherwise prohibited by IHL; it never justifies violating a rule, and is balanced by the prohibition of superfluous injury and unnecessary suffering (e.g. customary rules 50 and 70). For police, it is distinct from the strict necessity test that governs force in law enforcement.',
     'https://ihl-databases.icrc.org/en/customary-ihl', 4)
) AS v(code, number, short_title, summary, url, position)
WHERE i.code = 'IHL';

-- ---------------------------------------------------------------------------------------------
-- LANZAROTE: CoE Convention on sexual exploitation and sexual abuse of children (CETS No. 201)
-- ---------------------------------------------------------------------------------------------
INSERT INTO provision (id, instrument_id, code, number, short_title, summary, url, position)
SELECT nextval('id_seq'), i.id, v.code, v.number, v.short_title, v.summary, i.url, v.position
FROM instrument i
CROSS JOIN (VALUES
    ('LANZAROTE-5', '5', 'Training and screening of persons working with children',
     'States must raise awareness of children''s rights among professionals in regular contact with children, including in the law enforcement sector, and ensure they know how to identify sexual exploitation and abuse and may report it. Access to professions involving regular contact with children must be screened so that persons convicted of such offences are excluded.', 1),
    ('LANZAROTE-18', '18', 'Sexual abuse',
     'States must criminalise sexual activities with a child below the legal age for sexual activities, and sexual activities with any child involving coercion, force or threats, abuse of a recognised position of trust, authority or influence (including within the family), or abuse of a particularly vulnerable situation such as disability or dependence. Consensual activities between minors are not the target of this article.', 2),
    ('LANZAROTE-20', '20', 'Offences concerning child sexual abuse material',
     'States must criminalise producing, offering or making available, distributing or transmitting, procuring and possessing child sexual abuse material, and knowingly obtaining access to it through information and communication technologies. Such material covers any depiction of a child engaged in real or simulated sexually explicit conduct or of a child''s sexual organs for primarily sexual purposes.', 3),
    ('LANZAROTE-23', '23', 'Solicitation of children for sexual purposes (grooming)',
     'States must criminalise an adult intentionally proposing, through information and communication technologies, to meet a child below the age of sexual consent in order to commit sexual abuse or produce abuse material, where the proposal is followed by material acts leading to such a meeting.', 4),
    ('LANZAROTE-30', '30', 'Child-sensitive investigations and proceedings',
     'Investigations and criminal proceedings must be carried out in the best interests of the child, take a protective approach that does not aggravate the trauma, be treated as a priority without unjustified delay, and respect the rights of the defence. States must allow effective investigation, including covert operations where appropriate, and enable specialised units to identify victims by analysing abuse material.', 5),
    ('LANZAROTE-31', '31', 'General measures of protection for child victims',
     'Child victims must be protected at all stages of investigation and proceedings: informed of their rights and the progress of the case in a way adapted to their age, heard and supported, and protected in their privacy, identity and image. Their safety must be ensured against intimidation and retaliation, and contact with perpetrators in police and court premises avoided unless in the child''s best interests.', 6),
    ('LANZAROTE-34', '34', 'Specialised investigators',
     'Persons, units or services in charge of investigations must be specialised or trained in combating sexual exploitation and abuse of children and adequately resourced. Uncertainty about the victim''s actual age must not prevent a criminal investigation from starting.', 7),
    ('LANZAROTE-35', '35', 'Interviews with the child',
     'Interviews with a child victim must take place without unjustified delay, where necessary in adapted premises, by trained professionals, if possible always the same persons, and be kept as few as strictly necessary; the child may be accompanied by a legal representative or adult of their choice. Interviews may be video-recorded for use as evidence, and these safeguards apply wherever the person may be a child.', 8),
    ('LANZAROTE-36', '36', 'Child-sensitive criminal court proceedings',
     'Training on children''s rights and on sexual exploitation and abuse must be available to all those involved in proceedings, in particular judges, prosecutors and lawyers. Hearings may be held without the public, and the child may be heard without being present in the courtroom, notably through communication technologies.', 9)
) AS v(code, number, short_title, summary, position)
WHERE i.code = 'LANZAROTE';

-- ---------------------------------------------------------------------------------------------
-- BUDAPEST: CoE Convention on Cybercrime (ETS No. 185)
-- ---------------------------------------------------------------------------------------------
INSERT INTO provision (id, instrument_id, code, number, short_title, summary, url, position)
SELECT nextval('id_seq'), i.id, v.code, v.number, v.short_title, v.summary, i.url, v.position
FROM instrument i
CROSS JOIN (VALUES
    ('BUDAPEST-9', '9', 'Offences related to child pornography',
     'Parties must criminalise producing child sexual abuse material for distribution through a computer system, offering, distributing, procuring and possessing it in a computer system or on a storage medium. It covers material depicting a minor, a person appearing to be a minor or realistic images representing a minor engaged in sexually explicit conduct, with minor meaning under 18 (a Party may set no lower than 16).', 1),
    ('BUDAPEST-14', '14', 'Scope of procedural provisions',
     'Parties must give their authorities the procedural powers of the Convention for specific criminal investigations and proceedings concerning the offences it defines, other offences committed by means of a computer system, and the collection of electronic evidence of any criminal offence.', 2),
    ('BUDAPEST-15', '15', 'Conditions and safeguards',
     'All procedural powers are subject to conditions and safeguards under domestic law that adequately protect human rights, including those under the ECHR and the ICCPR, and incorporate the principle of proportionality. Safeguards include judicial or other independent supervision, grounds justifying the measure and limits on its scope and duration; for police, every digital investigative measure needs a legal basis, authorisation and proportionality assessment.', 3),
    ('BUDAPEST-16', '16', 'Expedited preservation of stored computer data',
     'Authorities must be able to order the expeditious preservation of specified stored computer data, including traffic data, especially where it is vulnerable to loss or modification, for up to 90 days (renewable). The custodian may be required to keep the preservation confidential.', 4),
    ('BUDAPEST-17', '17', 'Expedited preservation and partial disclosure of traffic data',
     'Preservation of traffic data must be possible regardless of how many service providers took part in a communication, and enough traffic data must be disclosed quickly to identify the service providers and the path by which the communication was transmitted.', 5),
    ('BUDAPEST-18', '18', 'Production order',
     'Authorities must be able to order a person in their territory to submit specified computer data in their possession or control, and a service provider offering services in the territory to submit subscriber information in its possession or control.', 6),
    ('BUDAPEST-19', '19', 'Search and seizure of stored computer data',
     'Authorities must be able to search or access computer systems and storage media, extend a search to connected systems lawfully accessible from the initial one, and seize or secure data, including by copying it, maintaining its integrity and rendering it inaccessible. They may order persons with knowledge of a system to provide the information needed to carry out the search.', 7),
    ('BUDAPEST-20', '20', 'Real-time collection of traffic data',
     'Authorities must be able to collect or record traffic data of specified communications in real time, directly or by compelling service providers within their technical capability, with providers required to keep this confidential.', 8),
    ('BUDAPEST-21', '21', 'Interception of content data',
     'For a range of serious offences defined by domestic law, authorities must be able to collect or record in real time the content of specified communications, directly or through service providers, under confidentiality. It is among the most intrusive measures and is strictly subject to the safeguards of article 15.', 9),
    ('BUDAPEST-29', '29', 'International request for expedited preservation',
     'A Party may ask another to expeditiously preserve data stored in its territory pending a mutual legal assistance request for search, seizure or disclosure; preserved data must be kept for at least 60 days.', 10),
    ('BUDAPEST-30', '30', 'Expedited disclosure of preserved traffic data',
     'If, when executing a preservation request, the requested Party finds that a service provider in another State was involved in the transmission, it must expeditiously disclose enough traffic data to identify that provider and the path of the communication.', 11),
    ('BUDAPEST-35', '35', '24/7 Network of points of contact',
     'Each Party must designate a point of contact available 24 hours a day, seven days a week, to provide immediate assistance in cybercrime investigations and the collection of electronic evidence, including technical advice, data preservation, evidence collection, legal information and locating suspects.', 12)
) AS v(code, number, short_title, summary, position)
WHERE i.code = 'BUDAPEST';

-- ---------------------------------------------------------------------------------------------
-- Standards profiles
-- ---------------------------------------------------------------------------------------------
INSERT INTO standards_profile (id, code, title, description) VALUES
    (nextval('id_seq'), 'CUSTODY-OFFICERS',
     'Officers guarding police custody and places of detention',
     'Safeguards from the first hours of custody to pre-trial detention: prohibition of torture and ill-treatment, custody records, information on rights, access to a lawyer, doctor and family, conditions, restraint, searches, complaints and reporting of deaths and injuries.'),
    (nextval('id_seq'), 'ARREST-AND-INTERROGATION',
     'Officers carrying out arrests and interrogations',
     'Lawful grounds for arrest, information on reasons and rights, notification, legal counsel and interpretation, prompt judicial control, the ban on coerced statements and their exclusion, recording of interrogations, and non-coercive investigative interviewing.'),
    (nextval('id_seq'), 'MIGRATION-TOT',
     'Training of trainers on migration and the rights of migrants',
     'Protection of migrants and their families against ill-treatment and arbitrary detention, procedural guarantees, protection against collective expulsion, consular access, equality before the law, and the Global Compact objectives most relevant to border and migration policing.'),
    (nextval('id_seq'), 'JUDICIAL-POLICE-INVESTIGATION',
     'Judicial police officers conducting criminal investigations',
     'Fair trial and privacy in investigations, prompt and impartial investigation of torture, exclusion of evidence obtained by torture, effective interviewing, juvenile justice, and the IHL principles relevant to investigating offences committed in armed conflict.'),
    (nextval('id_seq'), 'CHILD-PROTECTION-ONLINE',
     'Officers investigating online child sexual exploitation and abuse',
     'Best interests and privacy of the child, criminalisation of sexual abuse, abuse material and grooming, child-sensitive investigations and interviews, specialised units, victim identification, and lawful, proportionate collection and preservation of electronic evidence.'),
    (nextval('id_seq'), 'USE-OF-FORCE',
     'Officers authorised to use force and carry firearms',
     'Right to life, the principles of legality, necessity, proportionality, precaution and accountability in the use of force and firearms, public assemblies, force in custody, training, reporting and command responsibility, and how IHL proportionality and necessity differ from law enforcement rules.');

-- Fail loudly rather than seed a profile with gaps if a referenced provision is missing (V2 codes).
DO $$
DECLARE
    missing text;
BEGIN
    SELECT string_agg(c, ', ' ORDER BY c) INTO missing
    FROM unnest(ARRAY[
        'UNCAT-2', 'UNCAT-10', 'UNCAT-11', 'UNCAT-12', 'UNCAT-15', 'UNCAT-16',
        'ICCPR-6', 'ICCPR-9', 'ICCPR-10', 'ICCPR-14', 'ICCPR-17', 'ICCPR-26',
        'CRC-3', 'CRC-16', 'CRC-34', 'CRC-40',
        'OPSC-1', 'OPSC-2', 'OPSC-3', 'OPSC-8', 'OPSC-9',
        'ICRMW-16', 'ICRMW-17', 'ICRMW-18', 'ICRMW-22', 'ICRMW-23',
        'GCM-7', 'GCM-8', 'GCM-9', 'GCM-10', 'GCM-11', 'GCM-12', 'GCM-13', 'GCM-14', 'GCM-17', 'GCM-21',
        'CCLEO-2', 'CCLEO-3', 'CCLEO-5']) AS c
    WHERE NOT EXISTS (SELECT 1 FROM provision p WHERE p.code = c);
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'V3 standards profiles reference provisions that are not seeded: %', missing;
    END IF;
END
$$;

-- Positions come from the order of each array (1..n); codes are joined to provisions exactly.
INSERT INTO standards_profile_provision (profile_id, provision_id, position)
SELECT sp.id, p.id, t.ord
FROM standards_profile sp
CROSS JOIN unnest(ARRAY[
    'UNCAT-10', 'UNCAT-11', 'UNCAT-15', 'UNCAT-16', 'ICCPR-9', 'ICCPR-10',
    'BOP-1', 'BOP-6', 'BOP-12', 'BOP-13', 'BOP-15', 'BOP-16', 'BOP-17', 'BOP-18', 'BOP-19', 'BOP-24',
    'BOP-32', 'BOP-33', 'BOP-37',
    'NMR-1', 'NMR-7', 'NMR-11', 'NMR-24', 'NMR-30', 'NMR-34', 'NMR-43', 'NMR-47', 'NMR-52', 'NMR-54',
    'NMR-57', 'NMR-58', 'NMR-61', 'NMR-68', 'NMR-71', 'NMR-76', 'NMR-82', 'NMR-111', 'NMR-112',
    'NMR-119', 'NMR-120'
]) WITH ORDINALITY AS t(code, ord)
JOIN provision p ON p.code = t.code
WHERE sp.code = 'CUSTODY-OFFICERS';

INSERT INTO standards_profile_provision (profile_id, provision_id, position)
SELECT sp.id, p.id, t.ord
FROM standards_profile sp
CROSS JOIN unnest(ARRAY[
    'ICCPR-9', 'ICCPR-14', 'UNCAT-2', 'UNCAT-15', 'CCLEO-2', 'CCLEO-5',
    'BOP-2', 'BOP-10', 'BOP-11', 'BOP-12', 'BOP-13', 'BOP-14', 'BOP-16', 'BOP-17', 'BOP-18', 'BOP-21',
    'BOP-23', 'BOP-37',
    'PEI-1', 'PEI-2', 'PEI-3', 'PEI-4', 'PEI-5', 'PEI-6'
]) WITH ORDINALITY AS t(code, ord)
JOIN provision p ON p.code = t.code
WHERE sp.code = 'ARREST-AND-INTERROGATION';

INSERT INTO standards_profile_provision (profile_id, provision_id, position)
SELECT sp.id, p.id, t.ord
FROM standards_profile sp
CROSS JOIN unnest(ARRAY[
    'ICRMW-16', 'ICRMW-17', 'ICRMW-18', 'ICRMW-22', 'ICRMW-23',
    'GCM-7', 'GCM-8', 'GCM-9', 'GCM-10', 'GCM-11', 'GCM-12', 'GCM-13', 'GCM-14', 'GCM-17', 'GCM-21',
    'UNCAT-16', 'ICCPR-9', 'ICCPR-26'
]) WITH ORDINALITY AS t(code, ord)
JOIN provision p ON p.code = t.code
WHERE sp.code = 'MIGRATION-TOT';

INSERT INTO standards_profile_provision (profile_id, provision_id, position)
SELECT sp.id, p.id, t.ord
FROM standards_profile sp
CROSS JOIN unnest(ARRAY[
    'ICCPR-14', 'ICCPR-17', 'UNCAT-12', 'UNCAT-15',
    'PEI-1', 'PEI-2', 'PEI-3', 'PEI-4', 'PEI-5', 'PEI-6',
    'CRC-40',
    'IHL-DISTINCTION', 'IHL-PROPORTIONALITY', 'IHL-PRECAUTION', 'IHL-NECESSITY'
]) WITH ORDINALITY AS t(code, ord)
JOIN provision p ON p.code = t.code
WHERE sp.code = 'JUDICIAL-POLICE-INVESTIGATION';

INSERT INTO standards_profile_provision (profile_id, provision_id, position)
SELECT sp.id, p.id, t.ord
FROM standards_profile sp
CROSS JOIN unnest(ARRAY[
    'CRC-3', 'CRC-16', 'CRC-34',
    'OPSC-1', 'OPSC-2', 'OPSC-3', 'OPSC-8', 'OPSC-9',
    'LANZAROTE-5', 'LANZAROTE-18', 'LANZAROTE-20', 'LANZAROTE-23', 'LANZAROTE-30', 'LANZAROTE-31',
    'LANZAROTE-34', 'LANZAROTE-35', 'LANZAROTE-36',
    'BUDAPEST-9', 'BUDAPEST-15', 'BUDAPEST-16'
]) WITH ORDINALITY AS t(code, ord)
JOIN provision p ON p.code = t.code
WHERE sp.code = 'CHILD-PROTECTION-ONLINE';

INSERT INTO standards_profile_provision (profile_id, provision_id, position)
SELECT sp.id, p.id, t.ord
FROM standards_profile sp
CROSS JOIN unnest(ARRAY[
    'ICCPR-6', 'CCLEO-3',
    'BPUFF-1', 'BPUFF-2', 'BPUFF-4', 'BPUFF-5', 'BPUFF-6', 'BPUFF-9', 'BPUFF-10', 'BPUFF-11',
    'BPUFF-13', 'BPUFF-14', 'BPUFF-15', 'BPUFF-16', 'BPUFF-18', 'BPUFF-19', 'BPUFF-20', 'BPUFF-22',
    'BPUFF-24', 'BPUFF-25', 'BPUFF-26',
    'IHL-PROPORTIONALITY', 'IHL-NECESSITY'
]) WITH ORDINALITY AS t(code, ord)
JOIN provision p ON p.code = t.code
WHERE sp.code = 'USE-OF-FORCE';

-- ---------------------------------------------------------------------------------------------
-- Operational domains
-- ---------------------------------------------------------------------------------------------
INSERT INTO operational_domain (code, title) VALUES
    ('STOP_AND_SEARCH', 'Stop and search'),
    ('ARREST', 'Arrest'),
    ('CUSTODY_SAFEGUARDS', 'Custody safeguards'),
    ('INTERVIEWING', 'Investigative interviewing'),
    ('USE_OF_FORCE', 'Use of force and firearms'),
    ('PUBLIC_ORDER', 'Public order and assemblies'),
    ('MIGRATION_AND_ASYLUM', 'Migration and asylum'),
    ('CHILD_PROTECTION', 'Child protection and juvenile justice'),
    ('ONLINE_CHILD_SEXUAL_EXPLOITATION', 'Online child sexual exploitation and abuse'),
    ('GENDER_SENSITIVE_INVESTIGATION', 'Gender-sensitive investigation'),
    ('CONFLICT_RELATED_SEXUAL_VIOLENCE', 'Conflict-related sexual violence'),
    ('SPECIAL_INVESTIGATION_TECHNIQUES', 'Special investigation techniques'),
    ('INVESTIGATION_STANDARDS', 'Investigation standards'),
    ('PLACES_OF_DETENTION', 'Places of detention'),
    ('HUMAN_RIGHTS_FOUNDATIONS', 'Human rights foundations'),
    ('INTERNATIONAL_HUMANITARIAN_LAW', 'International humanitarian law'),
    ('TREATY_BODY_ENGAGEMENT', 'Engagement with treaty bodies');

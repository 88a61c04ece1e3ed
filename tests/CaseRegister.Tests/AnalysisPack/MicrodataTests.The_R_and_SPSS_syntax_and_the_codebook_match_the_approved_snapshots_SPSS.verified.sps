* Laadt de microdata-export van CaseRegister met labels.
* Zet dit bestand naast microdata.csv, open het in SPSS en kies Run > All.
* Zie codebook.md voor de betekenis van de variabelen.
* Staat het CSV-bestand ergens anders, pas dan het pad bij /FILE aan.

GET DATA
  /TYPE=TXT
  /FILE='microdata.csv'
  /ENCODING='UTF8'
  /ARRANGEMENT=DELIMITED
  /DELCASE=LINE
  /FIRSTCASE=2
  /DELIMITERS=","
  /QUALIFIER='"'
  /VARIABLES=
    research_code A40
    cohort A80
    wave A8
    informant A12
    informant_number F3.0
    item_id A80
    value A400
    missing_code A16
    protocol_id A80
    protocol_version F4.0
    interview_date SDATE10
    age_at_interview F3.0.
CACHE.
EXECUTE.
DATASET NAME microdata WINDOW=FRONT.

* Een apostrof voor =, +, -, @ is toegevoegd tegen formules in spreadsheets; hier weer weg.
IF (SUBSTR(value, 1, 1) = "'" AND ANY(SUBSTR(value, 2, 1), "=", "+", "-", "@")) value = SUBSTR(value, 2).
EXECUTE.

VARIABLE LABELS
  research_code 'Onderzoekscode (pseudoniem)'
  cohort 'Cohort'
  wave 'Meting (T0, T6, ...)'
  informant 'Informant'
  informant_number 'Volgnummer van de informant binnen casus, meting en soort informant'
  item_id 'Item (stabiel id uit het protocol)'
  value 'Antwoord (code, getal, datum of tekst); leeg als het antwoord ontbreekt'
  missing_code 'Reden dat het antwoord ontbreekt'
  protocol_id 'Protocol'
  protocol_version 'Protocolversie'
  interview_date 'Datum van het gesprek (jjjj-mm-dd)'
  age_at_interview 'Leeftijd van de jongere in hele jaren bij het gesprek'.

VALUE LABELS
  informant 'Youth' 'Jongere' 'Parent' 'Ouder of verzorger' 'Professional' 'Professional'
  /missing_code 'NotAsked' 'Niet gevraagd' 'Refused' 'Geweigerd' 'NotKnown' 'Niet bekend' 'NotApplicable' 'Niet van toepassing'.

* Numerieke waarde voor schalen en getallen; ontbrekende antwoorden krijgen -91 tot en met -94 (user missing).
NUMERIC value_num (F10.2).
DO IF ANY(item_id,
    'collaboration_quality',
    'confidence_in_help',
    'cooperation_with_care',
    'crisis_count',
    'crisis_count_since_last',
    'days_in_care_since_last',
    'education_continuity',
    'family_cooperation',
    'family_relationship',
    'felt_heard',
    'first_concern_age',
    'first_help_age',
    'gas_goal1',
    'gas_goal2',
    'gas_goal3',
    'living_satisfaction',
    'parent_burden',
    'parent_involvement',
    'placements_since_last',
    'placements_total',
    'problem_severity',
    'restrictive_measures_since_last',
    'school_changes',
    'school_feeling',
    'secure_placements_total',
    'siblings_count',
    'strengths',
    'wellbeing').
  COMPUTE value_num = NUMBER(value, F12).
END IF.
IF (missing_code = 'NotAsked') value_num = -91.
IF (missing_code = 'Refused') value_num = -92.
IF (missing_code = 'NotKnown') value_num = -93.
IF (missing_code = 'NotApplicable') value_num = -94.
MISSING VALUES value_num (-94 THRU -91).
VARIABLE LABELS value_num 'Numerieke waarde (schalen en getallen)'.
VALUE LABELS value_num -91 'Niet gevraagd' -92 'Geweigerd' -93 'Niet bekend' -94 'Niet van toepassing'.

* Labels van antwoordcodes (enkele keuze, ja/nee, schaalankers) per protocolversie.
STRING value_label (A200).
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'JeugdzorgPlus')
    value_label = 'JeugdzorgPlus (gesloten jeugdhulp)'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Jji')
    value_label = 'Justitiële jeugdinrichting (JJI)'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'JGgz')
    value_label = 'Opname in de jeugd-GGZ (kliniek)'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Obc')
    value_label = 'Orthopedagogisch behandelcentrum (OBC)'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'OpenResidential')
    value_label = 'Open residentiële jeugdhulp (leefgroep)'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'SmallScaleLiving')
    value_label = 'Kleinschalige woonvoorziening'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'FamilyHome')
    value_label = 'Gezinshuis'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'FosterCare')
    value_label = 'Pleeggezin'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Home')
    value_label = 'Thuis, bij ouder(s) of verzorger(s)'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'IndependentLiving')
    value_label = 'Zelfstandig wonen (eventueel met ambulante begeleiding)'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Detention')
    value_label = 'Detentie voor volwassenen (politiecel, huis van bewaring, gevangenis)'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Other')
    value_label = 'Anders (bijvoorbeeld bij familie of vrienden, of geen vaste verblijfplaats)'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'primary_school')
    value_label = 'Basisschool'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'special_education')
    value_label = 'Speciaal (basis)onderwijs of voortgezet speciaal onderwijs'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'secondary_school')
    value_label = 'Voortgezet onderwijs (vmbo, havo, vwo, praktijkonderwijs)'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'vocational')
    value_label = 'Mbo'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'higher_education')
    value_label = 'Hbo of universiteit'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'school_in_facility')
    value_label = 'Onderwijs binnen de instelling'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'day_programme')
    value_label = 'Dagbesteding'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'work')
    value_label = 'Werk, stage of leerwerkplek'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'none')
    value_label = 'Geen school, werk of dagbesteding'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'other')
    value_label = 'Anders'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'contact_with_child' AND value = 'daily')
    value_label = '(Bijna) elke dag'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'contact_with_child' AND value = 'weekly')
    value_label = 'Elke week'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'contact_with_child' AND value = 'monthly')
    value_label = 'Elke maand'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'contact_with_child' AND value = 'less_than_monthly')
    value_label = 'Minder dan één keer per maand'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'contact_with_child' AND value = 'none')
    value_label = 'Geen contact'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'parent_burden' AND value = '0')
    value_label = 'Helemaal niet zwaar'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'parent_burden' AND value = '5')
    value_label = 'Zwaar, maar vol te houden'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'parent_burden' AND value = '10')
    value_label = 'Niet meer vol te houden'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'safety_concern' AND value = 'yes')
    value_label = 'Ja'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'safety_concern' AND value = 'no')
    value_label = 'Nee'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'crisis_since_last' AND value = 'yes')
    value_label = 'Ja'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'crisis_since_last' AND value = 'no')
    value_label = 'Nee'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'police_contact_since_last' AND value = 'yes')
    value_label = 'Ja'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'police_contact_since_last' AND value = 'no')
    value_label = 'Nee'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'gas_goal1' AND value = '-2')
    value_label = 'Veel slechter dan verwacht'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'gas_goal1' AND value = '-1')
    value_label = 'Iets slechter dan verwacht'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'gas_goal1' AND value = '0')
    value_label = 'Zoals verwacht'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'gas_goal1' AND value = '1')
    value_label = 'Iets beter dan verwacht'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'gas_goal1' AND value = '2')
    value_label = 'Veel beter dan verwacht'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'gas_goal2' AND value = '-2')
    value_label = 'Veel slechter dan verwacht'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'gas_goal2' AND value = '-1')
    value_label = 'Iets slechter dan verwacht'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'gas_goal2' AND value = '0')
    value_label = 'Zoals verwacht'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'gas_goal2' AND value = '1')
    value_label = 'Iets beter dan verwacht'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'gas_goal2' AND value = '2')
    value_label = 'Veel beter dan verwacht'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'problem_severity' AND value = '0')
    value_label = 'Geen problemen'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'problem_severity' AND value = '5')
    value_label = 'Behoorlijke problemen'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'problem_severity' AND value = '10')
    value_label = 'Zeer ernstige problemen'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'strengths' AND value = '0')
    value_label = 'Ik zie nu niets wat goed gaat'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'strengths' AND value = '5')
    value_label = 'Een aantal dingen gaan goed'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'strengths' AND value = '10')
    value_label = 'Er gaat heel veel goed'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'cooperation_with_care' AND value = '0')
    value_label = 'Zeer slecht'.
IF (protocol_id = 'followup-parent' AND protocol_version = 1 AND item_id = 'cooperation_with_care' AND value = '10')
    value_label = 'Zeer goed'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'professional_role' AND value = 'practitioner')
    value_label = 'Behandelaar (bijvoorbeeld psycholoog, orthopedagoog)'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'professional_role' AND value = 'psychiatrist')
    value_label = '(Kinder- en jeugd)psychiater of arts'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'professional_role' AND value = 'group_worker')
    value_label = 'Pedagogisch medewerker of mentor op de groep'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'professional_role' AND value = 'family_guardian')
    value_label = 'Jeugdbeschermer of voogd'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'professional_role' AND value = 'youth_probation')
    value_label = 'Jeugdreclasseerder'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'professional_role' AND value = 'local_team')
    value_label = 'Medewerker lokaal (wijk)team of gemeente'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'professional_role' AND value = 'expert_team')
    value_label = 'Lid van het regionaal expertteam'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'professional_role' AND value = 'education')
    value_label = 'Onderwijs (leerkracht, zorgcoördinator, leerplicht)'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'professional_role' AND value = 'other')
    value_label = 'Anders'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'JeugdzorgPlus')
    value_label = 'JeugdzorgPlus (gesloten jeugdhulp)'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Jji')
    value_label = 'Justitiële jeugdinrichting (JJI)'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'JGgz')
    value_label = 'Klinische opname jeugd-GGZ'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Obc')
    value_label = 'Orthopedagogisch behandelcentrum (OBC)'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'OpenResidential')
    value_label = 'Open residentiële jeugdhulp'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'SmallScaleLiving')
    value_label = 'Kleinschalige woonvoorziening'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'FamilyHome')
    value_label = 'Gezinshuis'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'FosterCare')
    value_label = 'Pleegzorg'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Home')
    value_label = 'Thuis bij ouder(s) of verzorger(s)'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'IndependentLiving')
    value_label = 'Zelfstandig of begeleid zelfstandig wonen'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Detention')
    value_label = 'Detentie voor volwassenen'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Other')
    value_label = 'Anders (bijvoorbeeld geen vaste verblijfplaats)'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'primary_school')
    value_label = 'Basisonderwijs'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'special_education')
    value_label = 'Speciaal (basis)onderwijs of voortgezet speciaal onderwijs'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'secondary_school')
    value_label = 'Voortgezet onderwijs'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'vocational')
    value_label = 'Mbo'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'higher_education')
    value_label = 'Hbo of wo'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'school_in_facility')
    value_label = 'Onderwijs binnen de instelling'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'day_programme')
    value_label = 'Dagbesteding'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'work')
    value_label = 'Werk, stage of leerwerktraject'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'none')
    value_label = 'Geen onderwijs, werk of dagbesteding'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'other')
    value_label = 'Anders'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'education_continuity' AND value = '0')
    value_label = 'Geen enkele continuïteit'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'education_continuity' AND value = '10')
    value_label = 'Volledige continuïteit'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'gas_goal1' AND value = '-2')
    value_label = 'Veel slechter dan verwacht'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'gas_goal1' AND value = '-1')
    value_label = 'Iets slechter dan verwacht'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'gas_goal1' AND value = '0')
    value_label = 'Zoals verwacht'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'gas_goal1' AND value = '1')
    value_label = 'Iets beter dan verwacht'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'gas_goal1' AND value = '2')
    value_label = 'Veel beter dan verwacht'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'gas_goal2' AND value = '-2')
    value_label = 'Veel slechter dan verwacht'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'gas_goal2' AND value = '-1')
    value_label = 'Iets slechter dan verwacht'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'gas_goal2' AND value = '0')
    value_label = 'Zoals verwacht'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'gas_goal2' AND value = '1')
    value_label = 'Iets beter dan verwacht'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'gas_goal2' AND value = '2')
    value_label = 'Veel beter dan verwacht'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'gas_goal3' AND value = '-2')
    value_label = 'Veel slechter dan verwacht'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'gas_goal3' AND value = '-1')
    value_label = 'Iets slechter dan verwacht'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'gas_goal3' AND value = '0')
    value_label = 'Zoals verwacht'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'gas_goal3' AND value = '1')
    value_label = 'Iets beter dan verwacht'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'gas_goal3' AND value = '2')
    value_label = 'Veel beter dan verwacht'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'problem_severity' AND value = '0')
    value_label = 'Geen problemen'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'problem_severity' AND value = '5')
    value_label = 'Behoorlijke problemen'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'problem_severity' AND value = '10')
    value_label = 'Zeer ernstige problemen'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'risk_to_self' AND value = 'low')
    value_label = 'Laag'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'risk_to_self' AND value = 'moderate')
    value_label = 'Matig'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'risk_to_self' AND value = 'high')
    value_label = 'Hoog'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'risk_to_others' AND value = 'low')
    value_label = 'Laag'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'risk_to_others' AND value = 'moderate')
    value_label = 'Matig'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'risk_to_others' AND value = 'high')
    value_label = 'Hoog'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'strengths' AND value = '0')
    value_label = 'Geen'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'strengths' AND value = '5')
    value_label = 'Enkele'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'strengths' AND value = '10')
    value_label = 'Veel'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'collaboration_quality' AND value = '0')
    value_label = 'Zeer slecht'.
IF (protocol_id = 'followup-professional' AND protocol_version = 1 AND item_id = 'collaboration_quality' AND value = '10')
    value_label = 'Zeer goed'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'JeugdzorgPlus')
    value_label = 'JeugdzorgPlus (gesloten jeugdhulp)'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Jji')
    value_label = 'Justitiële jeugdinrichting (JJI)'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'JGgz')
    value_label = 'Opname in de jeugd-GGZ (kliniek)'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Obc')
    value_label = 'Orthopedagogisch behandelcentrum (OBC)'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'OpenResidential')
    value_label = 'Open groep of leefgroep van een instelling'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'SmallScaleLiving')
    value_label = 'Kleinschalige woonvoorziening'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'FamilyHome')
    value_label = 'Gezinshuis'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'FosterCare')
    value_label = 'Pleeggezin'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Home')
    value_label = 'Thuis, bij ouder(s) of verzorger(s)'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'IndependentLiving')
    value_label = 'Zelfstandig wonen (eventueel met begeleiding)'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Detention')
    value_label = 'Politiecel, huis van bewaring of gevangenis voor volwassenen'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Other')
    value_label = 'Ergens anders (bijvoorbeeld bij vrienden of familie, of geen vaste plek)'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'living_satisfaction' AND value = '0')
    value_label = 'Helemaal niet fijn'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'living_satisfaction' AND value = '10')
    value_label = 'Heel fijn'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'primary_school')
    value_label = 'Basisschool'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'special_education')
    value_label = 'Speciaal (basis)onderwijs of voortgezet speciaal onderwijs'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'secondary_school')
    value_label = 'Voortgezet onderwijs (vmbo, havo, vwo, praktijkonderwijs)'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'vocational')
    value_label = 'Mbo'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'higher_education')
    value_label = 'Hbo of universiteit'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'school_in_facility')
    value_label = 'School binnen de instelling waar je verblijft'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'day_programme')
    value_label = 'Dagbesteding'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'work')
    value_label = 'Werk (ook een stage of leerwerkplek)'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'none')
    value_label = 'Geen school, werk of dagbesteding'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'other')
    value_label = 'Iets anders'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'school_feeling' AND value = '0')
    value_label = 'Heel slecht'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'school_feeling' AND value = '10')
    value_label = 'Heel goed'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'feels_safe' AND value = 'yes')
    value_label = 'Ja'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'feels_safe' AND value = 'no')
    value_label = 'Nee'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'crisis_since_last' AND value = 'yes')
    value_label = 'Ja'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'crisis_since_last' AND value = 'no')
    value_label = 'Nee'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'police_contact_since_last' AND value = 'yes')
    value_label = 'Ja'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'police_contact_since_last' AND value = 'no')
    value_label = 'Nee'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'gas_goal1' AND value = '-2')
    value_label = 'Veel slechter dan verwacht'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'gas_goal1' AND value = '-1')
    value_label = 'Iets slechter dan verwacht'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'gas_goal1' AND value = '0')
    value_label = 'Zoals verwacht'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'gas_goal1' AND value = '1')
    value_label = 'Iets beter dan verwacht'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'gas_goal1' AND value = '2')
    value_label = 'Veel beter dan verwacht'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'gas_goal2' AND value = '-2')
    value_label = 'Veel slechter dan verwacht'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'gas_goal2' AND value = '-1')
    value_label = 'Iets slechter dan verwacht'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'gas_goal2' AND value = '0')
    value_label = 'Zoals verwacht'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'gas_goal2' AND value = '1')
    value_label = 'Iets beter dan verwacht'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'gas_goal2' AND value = '2')
    value_label = 'Veel beter dan verwacht'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'problem_severity' AND value = '0')
    value_label = 'Helemaal geen last'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'problem_severity' AND value = '5')
    value_label = 'Best veel last'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'problem_severity' AND value = '10')
    value_label = 'Heel erg veel last'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'strengths' AND value = '0')
    value_label = 'Er gaat niets goed'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'strengths' AND value = '5')
    value_label = 'Een paar dingen gaan goed'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'strengths' AND value = '10')
    value_label = 'Er gaat heel veel goed'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'felt_heard' AND value = '0')
    value_label = 'Helemaal niet'.
IF (protocol_id = 'followup-youth' AND protocol_version = 1 AND item_id = 'felt_heard' AND value = '10')
    value_label = 'Heel goed'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'JeugdzorgPlus')
    value_label = 'JeugdzorgPlus (gesloten jeugdhulp)'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Jji')
    value_label = 'Justitiële jeugdinrichting (JJI)'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'JGgz')
    value_label = 'Opname in de jeugd-GGZ (kliniek)'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Obc')
    value_label = 'Orthopedagogisch behandelcentrum (OBC)'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'OpenResidential')
    value_label = 'Open residentiële jeugdhulp (leefgroep)'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'SmallScaleLiving')
    value_label = 'Kleinschalige woonvoorziening'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'FamilyHome')
    value_label = 'Gezinshuis'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'FosterCare')
    value_label = 'Pleeggezin'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Home')
    value_label = 'Thuis, bij ouder(s) of verzorger(s)'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'IndependentLiving')
    value_label = 'Zelfstandig wonen (eventueel met ambulante begeleiding)'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Detention')
    value_label = 'Detentie voor volwassenen (politiecel, huis van bewaring, gevangenis)'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Other')
    value_label = 'Anders (bijvoorbeeld bij familie of vrienden, of geen vaste verblijfplaats)'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'waiting_list_experienced' AND value = 'yes')
    value_label = 'Ja'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'waiting_list_experienced' AND value = 'no')
    value_label = 'Nee'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'parent_involvement' AND value = '0')
    value_label = 'Helemaal niet betrokken'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'parent_involvement' AND value = '10')
    value_label = 'Volledig betrokken'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'primary_school')
    value_label = 'Basisschool'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'special_education')
    value_label = 'Speciaal (basis)onderwijs of voortgezet speciaal onderwijs'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'secondary_school')
    value_label = 'Voortgezet onderwijs (vmbo, havo, vwo, praktijkonderwijs)'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'vocational')
    value_label = 'Mbo'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'higher_education')
    value_label = 'Hbo of universiteit'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'school_in_facility')
    value_label = 'Onderwijs binnen de instelling'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'day_programme')
    value_label = 'Dagbesteding'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'work')
    value_label = 'Werk, stage of leerwerkplek'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'none')
    value_label = 'Geen school, werk of dagbesteding'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'other')
    value_label = 'Anders'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'parental_authority' AND value = 'both_parents')
    value_label = 'Beide ouders'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'parental_authority' AND value = 'one_parent')
    value_label = 'Eén ouder'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'parental_authority' AND value = 'guardian')
    value_label = 'Een voogd (bijvoorbeeld een gecertificeerde instelling)'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'parental_authority' AND value = 'not_applicable_adult')
    value_label = 'Niet van toepassing, mijn kind is 18 jaar of ouder'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'parental_authority' AND value = 'other')
    value_label = 'Anders'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'parent_burden' AND value = '0')
    value_label = 'Helemaal niet zwaar'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'parent_burden' AND value = '5')
    value_label = 'Zwaar, maar vol te houden'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'parent_burden' AND value = '10')
    value_label = 'Niet meer vol te houden'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'parent_own_help' AND value = 'yes')
    value_label = 'Ja'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'parent_own_help' AND value = 'no')
    value_label = 'Nee'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'problem_severity' AND value = '0')
    value_label = 'Geen problemen'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'problem_severity' AND value = '5')
    value_label = 'Behoorlijke problemen'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'problem_severity' AND value = '10')
    value_label = 'Zeer ernstige problemen'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'strengths' AND value = '0')
    value_label = 'Ik zie nu niets wat goed gaat'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'strengths' AND value = '5')
    value_label = 'Een aantal dingen gaan goed'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'strengths' AND value = '10')
    value_label = 'Er gaat heel veel goed'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'safety_concern' AND value = 'yes')
    value_label = 'Ja'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'safety_concern' AND value = 'no')
    value_label = 'Nee'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'confidence_in_help' AND value = '0')
    value_label = 'Helemaal geen vertrouwen'.
IF (protocol_id = 't0-parent' AND protocol_version = 1 AND item_id = 'confidence_in_help' AND value = '10')
    value_label = 'Heel veel vertrouwen'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'professional_role' AND value = 'practitioner')
    value_label = 'Behandelaar (bijvoorbeeld psycholoog, orthopedagoog)'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'professional_role' AND value = 'psychiatrist')
    value_label = '(Kinder- en jeugd)psychiater of arts'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'professional_role' AND value = 'group_worker')
    value_label = 'Pedagogisch medewerker of mentor op de groep'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'professional_role' AND value = 'family_guardian')
    value_label = 'Jeugdbeschermer of voogd'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'professional_role' AND value = 'youth_probation')
    value_label = 'Jeugdreclasseerder'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'professional_role' AND value = 'local_team')
    value_label = 'Medewerker lokaal (wijk)team of gemeente'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'professional_role' AND value = 'expert_team')
    value_label = 'Lid van het regionaal expertteam'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'professional_role' AND value = 'education')
    value_label = 'Onderwijs (leerkracht, zorgcoördinator, leerplicht)'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'professional_role' AND value = 'other')
    value_label = 'Anders'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'cognitive_level' AND value = 'average_or_above')
    value_label = 'Gemiddeld of hoger'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'cognitive_level' AND value = 'borderline_or_mild')
    value_label = 'Zwakbegaafd of licht verstandelijk beperkt'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'cognitive_level' AND value = 'moderate_or_lower')
    value_label = 'Matig verstandelijk beperkt of lager'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'JeugdzorgPlus')
    value_label = 'JeugdzorgPlus (gesloten jeugdhulp)'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Jji')
    value_label = 'Justitiële jeugdinrichting (JJI)'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'JGgz')
    value_label = 'Klinische opname jeugd-GGZ'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Obc')
    value_label = 'Orthopedagogisch behandelcentrum (OBC)'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'OpenResidential')
    value_label = 'Open residentiële jeugdhulp'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'SmallScaleLiving')
    value_label = 'Kleinschalige woonvoorziening'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'FamilyHome')
    value_label = 'Gezinshuis'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'FosterCare')
    value_label = 'Pleegzorg'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Home')
    value_label = 'Thuis bij ouder(s) of verzorger(s)'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'IndependentLiving')
    value_label = 'Zelfstandig of begeleid zelfstandig wonen'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Detention')
    value_label = 'Detentie voor volwassenen'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Other')
    value_label = 'Anders (bijvoorbeeld geen vaste verblijfplaats)'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'waiting_time_experienced' AND value = 'yes')
    value_label = 'Ja'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'waiting_time_experienced' AND value = 'no')
    value_label = 'Nee'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'primary_school')
    value_label = 'Basisonderwijs'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'special_education')
    value_label = 'Speciaal (basis)onderwijs of voortgezet speciaal onderwijs'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'secondary_school')
    value_label = 'Voortgezet onderwijs'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'vocational')
    value_label = 'Mbo'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'higher_education')
    value_label = 'Hbo of wo'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'school_in_facility')
    value_label = 'Onderwijs binnen de instelling'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'day_programme')
    value_label = 'Dagbesteding'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'work')
    value_label = 'Werk, stage of leerwerktraject'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'none')
    value_label = 'Geen onderwijs, werk of dagbesteding'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'other')
    value_label = 'Anders'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'education_continuity' AND value = '0')
    value_label = 'Geen enkele continuïteit'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'education_continuity' AND value = '10')
    value_label = 'Volledige continuïteit'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'family_cooperation' AND value = '0')
    value_label = 'Er is geen samenwerking'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'family_cooperation' AND value = '10')
    value_label = 'Zeer goede samenwerking'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'problem_severity' AND value = '0')
    value_label = 'Geen problemen'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'problem_severity' AND value = '5')
    value_label = 'Behoorlijke problemen'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'problem_severity' AND value = '10')
    value_label = 'Zeer ernstige problemen'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'risk_to_self' AND value = 'low')
    value_label = 'Laag'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'risk_to_self' AND value = 'moderate')
    value_label = 'Matig'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'risk_to_self' AND value = 'high')
    value_label = 'Hoog'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'risk_to_others' AND value = 'low')
    value_label = 'Laag'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'risk_to_others' AND value = 'moderate')
    value_label = 'Matig'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'risk_to_others' AND value = 'high')
    value_label = 'Hoog'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'strengths' AND value = '0')
    value_label = 'Geen'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'strengths' AND value = '5')
    value_label = 'Enkele'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'strengths' AND value = '10')
    value_label = 'Veel'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'collaboration_quality' AND value = '0')
    value_label = 'Zeer slecht'.
IF (protocol_id = 't0-professional' AND protocol_version = 1 AND item_id = 'collaboration_quality' AND value = '10')
    value_label = 'Zeer goed'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'wellbeing' AND value = '0')
    value_label = 'Heel slecht'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'wellbeing' AND value = '5')
    value_label = 'Gaat wel'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'wellbeing' AND value = '10')
    value_label = 'Heel goed'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'diagnosis_known' AND value = 'yes')
    value_label = 'Ja'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'diagnosis_known' AND value = 'no')
    value_label = 'Nee'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'JeugdzorgPlus')
    value_label = 'JeugdzorgPlus (gesloten jeugdhulp)'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Jji')
    value_label = 'Justitiële jeugdinrichting (JJI)'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'JGgz')
    value_label = 'Opname in de jeugd-GGZ (kliniek)'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Obc')
    value_label = 'Orthopedagogisch behandelcentrum (OBC)'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'OpenResidential')
    value_label = 'Open groep of leefgroep van een instelling'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'SmallScaleLiving')
    value_label = 'Kleinschalige woonvoorziening'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'FamilyHome')
    value_label = 'Gezinshuis'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'FosterCare')
    value_label = 'Pleeggezin'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Home')
    value_label = 'Thuis, bij ouder(s) of verzorger(s)'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'IndependentLiving')
    value_label = 'Zelfstandig wonen (eventueel met begeleiding)'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Detention')
    value_label = 'Politiecel, huis van bewaring of gevangenis voor volwassenen'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'current_setting' AND value = 'Other')
    value_label = 'Ergens anders (bijvoorbeeld bij vrienden of familie, of geen vaste plek)'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'crisis_ever' AND value = 'yes')
    value_label = 'Ja'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'crisis_ever' AND value = 'no')
    value_label = 'Nee'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'felt_heard' AND value = '0')
    value_label = 'Helemaal niet'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'felt_heard' AND value = '10')
    value_label = 'Heel goed'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'primary_school')
    value_label = 'Basisschool'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'special_education')
    value_label = 'Speciaal (basis)onderwijs of voortgezet speciaal onderwijs'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'secondary_school')
    value_label = 'Voortgezet onderwijs (vmbo, havo, vwo, praktijkonderwijs)'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'vocational')
    value_label = 'Mbo'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'higher_education')
    value_label = 'Hbo of universiteit'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'school_in_facility')
    value_label = 'School binnen de instelling waar je verblijft'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'day_programme')
    value_label = 'Dagbesteding'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'work')
    value_label = 'Werk (ook een stage of leerwerkplek)'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'none')
    value_label = 'Geen school, werk of dagbesteding'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'school_situation' AND value = 'other')
    value_label = 'Iets anders'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'school_attendance' AND value = 'always')
    value_label = '(Bijna) altijd'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'school_attendance' AND value = 'mostly')
    value_label = 'Meestal'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'school_attendance' AND value = 'sometimes')
    value_label = 'Soms'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'school_attendance' AND value = 'hardly')
    value_label = 'Bijna nooit'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'school_attendance' AND value = 'never')
    value_label = 'Nooit'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'school_feeling' AND value = '0')
    value_label = 'Heel slecht'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'school_feeling' AND value = '10')
    value_label = 'Heel goed'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'family_contact' AND value = 'daily')
    value_label = '(Bijna) elke dag'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'family_contact' AND value = 'weekly')
    value_label = 'Elke week'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'family_contact' AND value = 'monthly')
    value_label = 'Elke maand'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'family_contact' AND value = 'less_than_monthly')
    value_label = 'Minder dan één keer per maand'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'family_contact' AND value = 'none')
    value_label = 'Geen contact'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'family_relationship' AND value = '0')
    value_label = 'Heel slecht'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'family_relationship' AND value = '10')
    value_label = 'Heel goed'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'problem_severity' AND value = '0')
    value_label = 'Helemaal geen last'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'problem_severity' AND value = '5')
    value_label = 'Best veel last'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'problem_severity' AND value = '10')
    value_label = 'Heel erg veel last'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'strengths' AND value = '0')
    value_label = 'Er gaat niets goed'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'strengths' AND value = '5')
    value_label = 'Een paar dingen gaan goed'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'strengths' AND value = '10')
    value_label = 'Er gaat heel veel goed'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'feels_safe' AND value = 'yes')
    value_label = 'Ja'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'feels_safe' AND value = 'no')
    value_label = 'Nee'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'confidence_in_help' AND value = '0')
    value_label = 'Helemaal geen vertrouwen'.
IF (protocol_id = 't0-youth' AND protocol_version = 1 AND item_id = 'confidence_in_help' AND value = '10')
    value_label = 'Heel veel vertrouwen'.
VARIABLE LABELS value_label 'Label van het antwoord'.
EXECUTE.

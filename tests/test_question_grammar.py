"""The last check on worded questions: drop the ones a strict reader would not keep."""

from __future__ import annotations

from briefgen.extract.questions.grammar import doubtful


def _drop(question: str, kind: str = "pending", evidence: str = "", later: str = "") -> bool:
    return doubtful(question, kind, evidence, later)


def test_a_past_form_before_the_base_verb_is_dropped():
    assert _drop("Will the harbour board members approved sell the old pier?")
    assert not _drop("Will the harbour board sell the old pier?")
    assert not _drop("Will most ferries sold have a new engine by 2030?")


def test_a_quantifier_or_adverb_for_a_subject_is_dropped():
    assert _drop("Will almost all welcome the new timetable?")
    assert _drop("Will nearly every support the bid?")
    assert not _drop("Will most commuters welcome the new timetable?")
    assert not _drop("Will around nine other councillors switch sides?")
    assert not _drop("Will nearly 40% of households pay more?")


def test_a_verb_missing_its_object_is_dropped():
    assert _drop("Will the rowing club accept for the trophy?")
    assert _drop("Will the regulator approve?")
    assert not _drop("Will the regulator approve the merger?")


def test_an_act_the_evidence_tells_as_done_is_dropped():
    evidence = "The county council has already approved the bypass, officials said."
    assert _drop("Will the county council approve the bypass?", evidence=evidence)
    assert _drop("Will the bypass be approved?", evidence="The bypass was approved in May.")
    hedged = "The county council is expected to approve the bypass next month."
    assert not _drop("Will the county council approve the bypass?", evidence=hedged)


def test_first_and_second_person_and_self_answered_questions_are_dropped():
    assert _drop("Will I have the energy for another season?", kind="explicit")
    assert _drop("Can we trust the forecasts?", kind="explicit")
    assert _drop("Is the stadium too small?", kind="explicit", later=" No, says the club.")
    assert not _drop("Is the stadium too small?", kind="explicit", later=" The club disagrees.")
    assert not _drop("Will World War I-era records be opened?")


def test_a_contested_question_with_the_roles_reversed_is_dropped():
    evidence = "Councillor Perkins accused the mayor Dana Wells of hiding the audit."
    assert _drop("Did Councillor Perkins hide the audit?", "contested", evidence)
    assert not _drop("Did Dana Wells hide the audit?", "contested", evidence)
    denial = "The charity denied claims made by Mr Okafor about its accounts."
    assert _drop("Is Mr Okafor right to deny claims about the accounts?", "contested", denial)
    assert not _drop("Is the charity right to deny the claims?", "contested", denial)


def test_conditions_no_reader_weighs_are_dropped():
    assert _drop("Will refunds not be paid unless the ticket is returned?", "conditional")
    assert _drop("Would the helpline stay open for as long as there were floods?", "conditional")
    assert _drop("Would the fans understand if Tariq Dobbs left the club?", "conditional")
    assert _drop("Would staff be deeply disappointed if the depot closed?", "conditional")
    assert _drop("Would Tariq Dobbs not have played if he was injured?", "conditional")
    assert not _drop("Will the depot close if the contract is lost?", "conditional")
    assert not _drop("Would Tariq Dobbs have to leave if the club were sold?", "conditional")


def test_a_third_person_verb_a_speech_to_come_or_a_lone_pronoun_is_dropped():
    assert _drop("Will weaker exports points to slower growth in 2006?")
    assert _drop("Will Anna Moreau repeat her call for a ferry subsidy?")
    assert _drop("Would everyone be surprised if he did not win?", "conditional")
    assert _drop("Will the board back her plan?")
    assert not _drop("Will Anna Moreau win her appeal?")
    assert not _drop("Will weaker exports point to slower growth in 2006?")


def test_a_simile_is_no_contested_claim():
    assert _drop('Is the harbour master like a "pirate captain"?', "contested")
    assert not _drop("Is the harbour master liable for the damage?", "contested")


def test_a_subject_pointing_back_into_the_article_is_dropped():
    assert _drop("Is the scheme badly designed?", "contested")
    assert _drop("Will the deal be signed in March?")
    assert not _drop("Will the deal between Halden Steel and Oslo Port be signed in March?")
    assert not _drop("Will the dollar stay weak in 2006?")


def test_a_guessed_motive_a_turned_round_ruling_out_and_a_cut_clause_are_dropped():
    assert _drop("Will Mara Tell be trying to calm the shareholders?")
    assert _drop("Will Dana Wells rule out a return to the council?")
    assert _drop("Will the mayor be put in a place where he?")
    assert not _drop("Will Dana Wells return to the council?")


def test_a_question_that_lost_the_evidences_not_is_dropped():
    evidence = "Her office insisted Ms Dunn had meant the remark for adults, not children."
    assert _drop("Had Ms Dunn meant the remark for adults, children?", "contested", evidence)
    assert not _drop("Had Ms Dunn meant the remark for adults?", "contested", evidence)


def test_a_denial_with_no_subject_is_dropped():
    evidence = "A lawyer said outside court the pair strenuously denied the charges."
    assert _drop(
        "Is outside court the pair strenuously right to deny the charges?", "contested", evidence
    )
    assert _drop("How did the board plan to cut costs, began Ms Dunn's reply?", "explicit")


def test_the_issue_or_the_row_with_nothing_to_name_it_is_dropped():
    assert _drop("Will Fenwick Foods comment on the matter?")
    assert _drop("Is Dana Wells right that the issue would soon fade?", "contested")
    assert not _drop("Will Fenwick Foods settle the row over staff pensions?")
    assert _drop("Will local people be able to trigger?")
    assert not _drop("Will local people be charged more for parking?")

"""Open questions: one test per phrasing family of an open matter, on hand-written
sentences from politics, courts, business, sport, science and culture."""

from __future__ import annotations

from briefgen.extract import extract
from briefgen.ingest import parse_article


def brief(body: str):
    return extract(parse_article(f"Headline\n\n{body}".encode(), "a.txt"))


def questions(body: str) -> list[tuple[str, str]]:
    """Return (kind, question) for every open question of a one-article brief."""
    found = brief(body)
    for q in found.open_questions:
        assert q.evidence and all(e.text in body for e in q.evidence)  # verbatim evidence
    return [(q.kind, q.question) for q in found.open_questions]


def asked(body: str) -> list[str]:
    return [q for _, q in questions(body)]


def test_a_reserved_decision_asks_how_the_court_will_rule():
    found = asked("Mr Justice Harlow reserved judgment on the appeal by the two farmers.")
    assert found == ["How will Mr Justice Harlow rule on the appeal by the two farmers?"]


def test_a_reserved_decision_with_neither_name_nor_matter_is_no_question():
    assert asked("After two days of argument the judge reserved judgment.") == []


def test_will_consider_asks_what_will_be_decided():
    found = asked("The planning board will consider the application for the new stadium.")
    assert found == ["What will the planning board decide on the application for the new stadium?"]


def test_could_take_months_asks_how_long():
    found = asked("Officials warned that the safety inquiry into the crash could take months.")
    assert "How long will the safety inquiry into the crash take?" in found


def test_a_cause_still_unknown_asks_what_it_is():
    found = asked("Fire crews said the exact cause of the blaze at the warehouse is still unknown.")
    assert found == ["What is the exact cause of the blaze at the warehouse?"]


def test_a_cause_unknown_with_no_matter_named_is_no_question():
    assert asked("Nobody was hurt. The exact cause is still unknown.") == []


def test_too_early_to_quantify_asks_how_large():
    found = asked(
        "The insurer Polder Re said it was too early to quantify the losses from the storm."
    )
    assert "How large will the losses from the storm be?" in found


def test_too_early_to_say_with_a_wh_clause_asks_it():
    found = asked("Managers at the Corby plant said it was too early to say how many jobs will go.")
    assert "How many jobs will go?" in found


def test_wont_say_what_he_will_do_names_him():
    found = asked(
        "Manager Tony Pulis met the board on Monday. Pulis won't say what he'll do if the club is sold."
    )
    assert found == ["What will Tony Pulis do if the club is sold?"]


def test_a_jury_will_decide_asks_about_the_matter():
    found = asked("A jury will decide the fate of the former banker Tom Verlaine.")
    assert found == ["What will a jury decide about the fate of the former banker Tom Verlaine?"]


def test_expected_to_vote_next_week_asks_how():
    found = asked("Senators on the finance committee are expected to vote next week.")
    assert found == ["How will senators on the finance committee vote next week?"]


def test_yet_to_respond():
    assert asked("Union leaders have yet to respond to the pay offer from Rail Link.") == [
        "Will union leaders respond to the pay offer from Rail Link?"
    ]


def test_remains_to_be_seen():
    found = asked("It remains to be seen whether the new coach can keep the squad together.")
    assert found == ["Can the new coach keep the squad together?"]


def test_an_appeal_under_way():
    found = asked("Dundee United are appealing against the three-match ban given to their captain.")
    assert found == [
        "Will Dundee United’s appeal against the three-match ban given to their captain succeed?"
    ]


def test_a_review_under_way():
    found = asked("The Arts Council is reviewing the funding of regional orchestras.")
    assert found == ["What will the Arts Council decide on the funding of regional orchestras?"]


def test_a_deadline():
    found = asked("Harbour Mining has until Friday to answer the regulator's questions.")
    assert found == ["Will Harbour Mining answer the regulator's questions by Friday?"]


def test_talks_that_continue():
    found = asked("Talks between the drivers' union and the bus company continue on Monday.")
    assert found == [
        "Will the talks between the drivers' union and the bus company end in an agreement?"
    ]


def test_a_forecast_someone_makes_is_asked():
    found = asked("Economists predict that the peso will stay weak through the spring.")
    assert found == ["Will the peso stay weak through the spring?"]


def test_an_expectation_of_someone_else_is_asked():
    found = asked("Analysts expect Dalton Telecom to cut its dividend in March.")
    assert found == ["Will Dalton Telecom cut its dividend in March?"]


def test_a_hope_or_plan_is_asked():
    assert asked("Organisers hope to raise £40,000 for the hospice.") == [
        "Will Organisers raise £40,000 for the hospice?"
    ]


def test_on_the_verge_of_asks_whether_it_happens():
    found = asked("Striker Leon Barry is on the verge of signing a new deal with Hearts.")
    assert found == ["Will Leon Barry sign a new deal with Hearts?"]


def test_an_election_ahead_asks_who_will_win():
    found = asked("Campaigning is under way ahead of next month's mayoral election in Leeds.")
    assert found == ["Who will win next month's mayoral election in Leeds?"]


def test_a_past_event_is_no_question():
    assert asked("Some of the money paid for posters ahead of the 1999 election.") == []


def test_the_writers_timetable_is_no_question():
    # A festival's programme stated by the writer is news, not an open matter.
    assert asked("The festival will feature two new competitions for documentary films.") == []


def test_a_subject_that_points_back_is_no_question():
    assert asked("The service could be extended to every town in the region.") == []


def test_a_denial_of_an_allegation_is_contested():
    found = questions("Harbour Holdings denied claims that its chairman had misled investors.")
    assert found == [("contested", "Had Harbour Holdings’ chairman misled investors?")]


def test_a_plural_denier_takes_are():
    found = asked("The two bottling firms denied the charges brought by the regulator last year.")
    assert found == [
        "Are the two bottling firms right to deny the charges brought by the regulator last year?"
    ]


def test_a_participle_of_denying_is_no_denial():
    found = asked("The firms agreed a common strategy denying the risks of the drug.")
    assert found == []


def test_one_account_against_another_is_contested():
    found = questions(
        "The student, Ana Ruiz, said the elder had shouted at her in the hall. "
        "But the elder, Joseph Kane, insists that the meeting was calm and polite."
    )
    assert ("contested", "Is Joseph Kane right that the meeting was calm and polite?") in found


def test_not_ruled_out_names_the_speaker():
    found = asked("Vantage Cable said it had not ruled out offering a mobile phone service.")
    assert found == ["Will Vantage Cable offer a mobile phone service?"]


def test_a_question_is_typed():
    kinds = {
        kind
        for kind, _ in questions(
            "Economists predict that the peso will stay weak. "
            "Harbour Holdings denied claims that its chairman had misled investors. "
            "The mayor would resign if the council voted against the plan. "
            'Asked whether the plan was dead, Ms Lowe said: "Will anyone miss it?"'
        )
    }
    assert {"pending", "contested", "conditional"} <= kinds


def test_an_accusation_asks_whether_it_is_true():
    found = questions("Opposition MPs accused Transport Minister Ed Carr of misleading Parliament.")
    assert found == [("contested", "Did Transport Minister Ed Carr mislead Parliament?")]


def test_an_allegation_asks_whether_it_happened():
    found = questions("Councillor Jim Moss is alleged to have taken bribes from a builder.")
    assert found == [("contested", "Did Councillor Jim Moss take bribes from a builder?")]


def test_an_accusation_against_an_unnamed_party_is_no_question():
    assert asked("Critics have accused the party of buying votes.") == []


def test_someone_yet_to_be_named_asks_who():
    found = asked("The actor who will voice the talking horse has yet to be revealed.")
    assert found == ["Who will voice the talking horse?"]


def test_a_date_yet_to_be_set_asks_what_it_is():
    found = asked("The date of the referendum on the treaty has not yet been set.")
    assert found == ["What is the date of the referendum on the treaty?"]


def test_a_nomination_asks_whether_they_win():
    found = asked("Actress Ruth Pryce has been nominated for best actress at the Bafta awards.")
    assert found == ["Will Ruth Pryce win best actress at the Bafta awards?"]


def test_a_nomination_the_article_settles_later_is_not_open():
    found = asked(
        "Ruth Pryce has been nominated for best actress at the Baftas. "
        "On Sunday night Pryce lost to the favourite, Jo Hale."
    )
    assert found == []


def test_a_doubt_for_a_match_asks_about_fitness():
    found = asked("Striker Robbie Dunn is a doubt for Saturday's derby against Hull.")
    assert found == ["Will Robbie Dunn be fit for Saturday's derby against Hull?"]


def test_a_match_to_come_asks_who_wins():
    found = asked(
        "Defending champion Lars Berg will face Tomas Ruiz in the fourth round of the Open."
    )
    assert found == ["Will Lars Berg beat Tomas Ruiz in the fourth round of the Open?"]


def test_no_indication_whether_asks_it():
    found = asked(
        "The two firms gave no indication about whether the Pocket Player would go on sale in Europe."
    )
    assert found == ["Would the Pocket Player go on sale in Europe?"]


def test_an_event_an_unnamed_thing_could_trigger_is_asked():
    found = asked("The latest figures could trigger another interest rate rise in the New Year.")
    assert found == ["Will there be another interest rate rise in the New Year?"]


def test_a_prize_still_to_be_awarded_asks_who_wins():
    found = asked("The Golden Lotus awards will be handed out on Friday.")
    assert found == ["Who will win the Golden Lotus awards?"]


def test_a_relative_that_is_no_pointer():
    found = asked(
        "Coach Ray Dunne said he was confident that Sam Boyd would be cleared by the panel "
        "investigating the tackle that broke Tom Hill's leg."
    )
    assert found == [
        "Will Sam Boyd be cleared by the panel investigating the tackle that broke Tom Hill's leg?"
    ]


def test_a_deal_that_may_go_through_is_asked():
    found = asked(
        "If the takeover Harbex agreed with Dunmore Foods goes through, 300 jobs will move to Leeds."
    )
    assert "Will the takeover Harbex agreed with Dunmore Foods go through?" in found


def test_someone_keen_to_do_something_is_asked():
    found = asked(
        "Marta Ruiz, who won silver last year, is keen to add the world title to her medals."
    )
    assert found == ["Will Marta Ruiz add the world title to her medals?"]


def test_a_time_that_points_back_is_left_out():
    found = asked(
        "Jo Kerr will race in Leeds in May and may defend her 800m title in York later that month."
    )
    assert found == ["Will Jo Kerr defend her 800m title in York?"]


def test_no_plans_for_asks_whether_there_will_be():
    found = asked(
        "The channel has said there are no plans for a new series of the quiz show Brainbox."
    )
    assert found == ["Will there be a new series of the quiz show Brainbox?"]


def test_will_try_to_asks_whether_they_manage():
    found = asked("Wales will try to win their first title in ten years when Italy visit Cardiff.")
    assert found == ["Will Wales win their first title in ten years when Italy visit Cardiff?"]


def test_does_not_yet_asks_whether_it_will():
    found = asked("The Lumen browser does not yet work with screen readers used by blind people.")
    assert found == ["Will the Lumen browser work with screen readers used by blind people?"]


def test_brackets_do_not_cut_a_question_short():
    found = asked(
        "Gorman Motors is set to restructure its business after reaching a $2bn (1.5bn euros; "
        "£1.1bn) settlement with Delta Cars."
    )
    assert found == [
        "Will Gorman Motors restructure its business after reaching a $2bn settlement with Delta Cars?"
    ]


def test_rhetoric_is_no_question():
    assert asked("Where on earth did the shortlist for the music prize come from?") == []


def test_an_unnamed_owner_is_no_question():
    assert asked("Doctors insisted the country's cancer rates were improving.") == []


def test_a_decision_in_an_if_clause_is_asked():
    found = asked(
        "If the Harbour Board approves the council's choice of builder, work will start in May."
    )
    assert "Will the Harbour Board approve the council's choice of builder?" in found


def test_a_subject_with_no_name_is_no_question():
    assert asked("The airline is hoping to start flights to Rome by April.") == []


def test_a_capitalised_may_is_a_name_not_a_modal():
    assert asked("Guitarist Brian May has toured with the band since 1971.") == []


def test_a_pledge_never_to_is_no_question():
    assert (
        asked(
            "Economists at Harwell Bank predict that Britain will never return to 15% interest rates."
        )
        == []
    )


def test_past_speculation_is_no_question():
    found = asked(
        "After two long matches there was reason to think Lars Berg might struggle for fitness."
    )
    assert found == []


def test_its_after_two_subjects_is_no_question():
    found = asked(
        "The group said Acme Games and Orbit Soft would both support its new disc format."
    )
    assert found == []


def test_a_subjectless_decision_is_no_question():
    assert asked("Officials said a decision would be taken over the route of the new road.") == []


def test_a_question_ending_on_a_preposition_is_dropped():
    from briefgen.extract.questions.wording import finish

    assert finish("Will voters warm to") is None
    assert finish("Will voters warm to the plan") == "Will voters warm to the plan?"


def test_a_garbled_clause_is_dropped_by_finish():
    from briefgen.extract.questions.wording import finish

    assert finish("Will many farmers have [lost] their herds in the flood") is None
    assert finish('Will "Fibre lines change the cable market, " Ann Lowe') is None
    assert finish("Will rival banks follow suit and a wave of new loans will follow") is None
    assert finish("Will Acme test a new chip in May and also plans to open a plant") is None
    assert finish("Who to play the lead role") is None
    assert finish("How about bringing the old puppet show back") is None
    assert finish("Are the Greens the future while Jane Smith") is None
    assert finish("Will Acme test a new chip in May") == "Will Acme test a new chip in May?"


def test_a_crowd_an_adverb_or_two_phrases_is_no_subject():
    from briefgen.extract.questions.outcomes import misread, vague

    assert misread("Analysts") and vague("Economists")
    assert misread("soon Orbit Soft") and misread("course for most of the scenes the hero")
    assert misread("In Peru the cost of rebuilding") and misread("the Azores the price of fuel")
    assert not misread("Orbit Soft") and not misread("the cost of rebuilding in Peru")


def test_a_crowd_as_subject_of_a_second_clause_is_no_question():
    found = asked(
        "Analysts said the strike cast doubt on the rail firm's plans and was likely to "
        "hurt the finances of its troubled parent, Northline."
    )
    assert not any(q.startswith("Will Analysts") for q in found)


def test_the_writers_musing_with_could_or_would_is_no_question():
    assert asked("Helen Brook could play the lighthouse keeper in the new film.") == []
    assert asked("The new console would also support the main video standards.") == []


def test_a_forecast_someone_fears_with_could_is_asked():
    found = asked(
        "Some are worried that the Northline pay dispute could delay the opening of Grange Hospital."
    )
    assert found == ["Will the Northline pay dispute delay the opening of Grange Hospital?"]


def test_could_not_or_would_not_tells_what_happened():
    assert asked("Best actor Tom Grey could not make the ceremony in Lisbon.") == []
    assert asked("Dr Liam Holt would not discuss reports about the party's donors.") == []


def test_two_finite_verbs_or_a_broken_auxiliary_is_dropped():
    from briefgen.extract.questions.wording import finish

    assert finish("Will Songs earn big radio fees are mostly released in spring") is None
    assert finish("Will Acme cut prices because Orbit was now a rival") is None
    assert finish("Does Jane Hill’s budget plan were affordable") is None
    assert finish("Did Jane Hill to be tempt to spend the surplus") is None
    assert finish("Did Orbit have secretly copied the design of the chip") is None
    assert finish("Will Acme sell shares also") is None
    # a link word opens a second clause that reads: kept
    assert finish("Would lenders seek sanctions against Acme if Orbit is sold") == (
        "Would lenders seek sanctions against Acme if Orbit is sold?"
    )
    assert finish("Did Orbit officials try to close the office") == (
        "Did Orbit officials try to close the office?"
    )


def test_a_peoples_adjective_is_no_speaker():
    from briefgen.extract.questions.outcomes import misread

    assert misread("British") and misread("Peruvian") and misread("Japanese")
    assert not misread("Britain") and not misread("Peru")


def test_the_second_act_of_an_accusation_takes_the_base_form():
    found = asked(
        "Ms Ruth Dale accused Orbit Soft of copying the design and then leaking it to rivals."
    )
    assert found == ["Did Orbit Soft copy the design and then leak it to rivals?"]


def test_an_unplaced_forecast_is_dropped():
    from briefgen.extract.questions.wording import unplaced

    assert unplaced("Is a compromise likely?")
    assert unplaced("Will any legal battle be long and costly?")
    assert unplaced("Will users be frustrated?")
    assert unplaced("Will Radio Nine offer it to listeners abroad?")
    assert not unplaced("Will the peso stay weak?")
    assert not unplaced("Will a deal with Orbit Soft be signed?")
    assert not unplaced("Will Radio Nine say it will close?")
    assert asked("Analysts believe a compromise is likely.") == []


def test_a_name_then_possessive_after_the_is_dropped():
    from briefgen.extract.questions.wording import finish

    assert finish("Will the North Sea's largest field close next year") is None


def test_a_speaker_and_verb_is_no_subject():
    from briefgen.extract.questions.outcomes import misread

    assert misread("Orbit plans") and misread("Acme says")


def test_what_already_happened_is_not_pending():
    found = asked("Big British hope Ann Lowe walked away empty-handed on Saturday in Paris.")
    assert not any(q.startswith("Did ") for q in found)


def test_a_forecast_the_article_settles_later_is_not_open():
    from briefgen.extract.questions.settled import settled

    assert settled("Will Wales beat England in Cardiff?", "On Saturday Wales beat England 11-9.")
    assert settled("Will Acme Corp sell its steel unit?", "In the end Acme sold the unit.")
    assert not settled("Will Wales beat England in Cardiff?", "Wales could beat England.")
    assert not settled("Will Acme Corp sell its steel unit?", "Orbit sold its unit.")
    found = asked(
        "Northline Rail is tipped to win the contract for the Severn line in March. "
        "But on Friday Northline won the contract, beating two rivals."
    )
    assert not any("Northline" in q and "win the contract" in q for q in found)


def test_a_vow_or_an_announced_plan_is_no_open_question():
    assert asked("Jane Hill vowed to continue the fight against rural poverty.") == []
    assert asked("Orbit Soft said it would team up with Acme Games to make the chips.") == []


def test_a_check_fixed_for_next_monday_is_a_date_set():
    found = asked(
        "Wing Tom Grey will be assessed by the Leeds medical staff next Monday, his coach said."
    )
    assert found == []


def test_a_word_capitalised_only_where_its_sentence_opens_is_lowered():
    found = asked("Camera makers are expected to cut prices before the Leeds show in May.")
    assert found == ["Will camera makers cut prices before the Leeds show in May?"]


def test_a_stray_full_stop_a_dangling_function_word_or_a_verbless_start_is_dropped():
    from briefgen.extract.questions.wording import finish

    assert finish("Should patients with MS. Final approval be a formality") is None
    assert finish("Will phones and TVs be among the must-haves that") is None
    assert finish("Will whilst the Greens take a firm line, other parties") is None
    assert finish("Will set out any concerns in a private letter") is None
    assert finish("Will there be affected for a long time") is None
    assert finish("How quickly do that would happen") is None
    assert finish("Will the survey also showed people accept tags") is None
    assert finish("How did the police link Ms. Kay to the account") == (
        "How did the police link Ms. Kay to the account?"
    )


def test_a_not_inside_a_relative_clause_stays():
    found = asked(
        "Orbit Soft claims that Acme is legally obliged to buy the shares it does not already own."
    )
    assert all("does already own" not in q for q in found)
    found = asked(
        "Critics suggested the strong political viewpoint of Tom Lee's film did not sit well with voters."
    )
    assert all(" not " not in q for q in found)


def test_a_quoted_participle_after_did_have_or_a_second_if_is_dropped():
    from briefgen.extract.questions.wording import finish

    assert finish('Did Tom Grey have "verbally agreed" to the deal') is None
    assert finish("Will Orbit reveal prices for the box or if it will charge a fee") is None


def test_a_habit_a_past_time_or_a_claim_about_ones_own_firm_is_no_question():
    from briefgen.extract.questions.wording import finish

    assert (
        asked("Fraudsters will deliberately misspell a brand name to fool the Orbit filters.") == []
    )
    assert finish("Will the inspectors be given more time in Peru before the war started") is None
    found = asked("A spokesman for Orbit Soft said the firm had also held talks with Acme Games.")
    assert not any("right that" in q for q in found)
    assert asked("I predict series two will be even better, said the host.") == []


def test_a_reported_question_about_unnamed_things_is_dropped():
    assert (
        asked("Amnesty questioned whether the rulings had been based on evidence from torture.")
        == []
    )
    assert asked("Amnesty asked whether the Home Office had used evidence from torture.") == [
        "Had the Home Office used evidence from torture?"
    ]


def test_a_speakers_tail_a_dangling_adjective_or_a_second_perfect_clause_is_dropped():
    from briefgen.extract.questions.wording import finish

    assert finish("Does the fair have changed, it has not, director Jo Hill said") is None
    assert finish("Will there be more confusion for buyers faced by many different") is None
    assert finish("Will the strong pound have resulted in fewer films shot in Leeds") is None
    assert finish("Will Tom Grey win a match and Leeds have lost nine games") is None
    assert finish("Will Tom Grey win a match in Leeds") == "Will Tom Grey win a match in Leeds?"


def test_all_sides_a_description_or_a_speaker_with_his_verb_is_no_subject():
    from briefgen.extract.questions.outcomes import misread

    assert misread("all sides") and misread("the Peru midfield man")
    assert misread("Jo Hill also announced") and not misread("Jo Hill")


def test_a_plan_someone_announced_is_no_open_question():
    found = asked("Minister Jo Hill announced last year that the two hospitals would be merged.")
    assert found == []


def test_do_have_with_a_preposition_is_dropped():
    from briefgen.extract.questions.wording import finish

    assert finish("Do people have about getting into debt") is None


def test_he_in_a_speakers_own_quote_is_not_the_speaker():
    body = (
        "Rescue dog Captain was honoured at the town hall on Monday. "
        'Breeder Tomas Varga added: "So long as people love him, I believe he will be '
        'remembered by new generations of owners in the future."'
    )
    assert not any("Tomas Varga" in q for q in asked(body))


def test_a_list_whose_head_is_lost_is_no_subject():
    body = (
        "The minister announced that a group of Norway, Chile, Peru and Kenya will "
        "co-ordinate the fishing survey next spring."
    )
    assert not any(q.startswith("Will Peru and Kenya") for q in asked(body))


def test_now_faces_asks_about_the_match_to_come():
    assert asked("Kim Larsen now faces Petra Holm in the semi-finals of the Oslo Open.") == [
        "Will Kim Larsen beat Petra Holm in the semi-finals of the Oslo Open?"
    ]
    body = (
        "Kim Larsen moved into the quarter-finals of the Oslo Open, after beating Ana Berg "
        "6-4 6-4, and now faces Petra Holm."
    )
    assert asked(body) == ["Will Kim Larsen beat Petra Holm?"]
    assert asked("The bakery now faces Petra Holm's complaint about the noise.") == []


def test_a_title_before_a_name_keeps_its_capital():
    body = (
        "The new president wants change. President Maria Lindqvist is planning to revisit "
        "many of Norway's recent privatisations."
    )
    assert "Will President Maria Lindqvist revisit many of Norway's recent privatisations?" in (
        asked(body)
    )


def test_a_match_to_come_leaves_out_what_came_before_it():
    body = (
        "Norway will play Chile in the final of the Oslo Cup after beating Group B rivals Peru 3-0."
    )
    assert asked(body) == ["Will Norway beat Chile in the final of the Oslo Cup?"]


def test_an_accusation_keeps_the_verbs_base_form():
    body = "Councillor Dana Wells has been accused of criticising the harbour board's budget."
    assert "Did Councillor Dana Wells criticise the harbour board's budget?" in asked(body)
    body = "Councillor Dana Wells has been accused of raising the harbour fees in secret."
    assert "Did Councillor Dana Wells raise the harbour fees in secret?" in asked(body)


def test_a_participle_wanting_to_is_who_not_an_aim():
    body = (
        "Students wanting to study in Norway will have to pass a language test, under "
        "plans unveiled by the Oslo government."
    )
    assert not any(q.startswith("Will Students") or "study in Norway?" in q for q in asked(body))
    assert asked("The Halden Steel board is hoping to sell the Oslo smelter by June.") == [
        "Will the Halden Steel board sell the Oslo smelter by June?"
    ]

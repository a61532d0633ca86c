"""Actors on the name shapes of British political news: kinds, roles, one actor each."""

from __future__ import annotations

from conftest import actors, speakers


def test_a_phrase_is_read_in_its_sentence_not_as_a_sentence_of_its_own():
    # "Home" opens no sentence in "the Home Office", nor "Bill" in a later sentence.
    body = (
        "The bill passed on Monday. But the Home Office said the plan was final. "
        "Bill Jones hit back, accusing critics of bias."
    )
    found = actors(body)
    assert found["Home Office"].kind == "organisation"
    assert "Office" not in found
    assert speakers(body) == ["Home Office", "Bill Jones"]


def test_titles_before_and_after_a_name_are_roles():
    found = actors(
        "Tory MP Jim Bell said the plan was dead. Euro MP Ann Smith said it was not. "
        "Guy Moss QC said the law was clear."
    )
    assert found["Jim Bell"].roles == ["Tory MP"]
    assert found["Ann Smith"].roles == ["Euro MP"]
    assert found["Guy Moss"].roles == ["QC"]


def test_a_peer_keeps_the_title_in_the_name():
    found = actors(
        "Lord Chief Justice Lord Woolf said the plan was dead. Woolf added that it was late. "
        "Lady Boothroyd said it was not."
    )
    assert found["Lord Woolf"].roles == ["Lord Chief Justice"]
    assert found["Lord Woolf"].aliases == ["Woolf"]
    assert found["Lady Boothroyd"].kind == "person"
    assert "Woolf" not in found


def test_a_capitalised_role_is_a_description_not_a_name():
    found = actors("Labour MPs said the plan was dead. Critics say it is late. Mr King said no.")
    assert found["Labour MPs"].kind == "group"
    assert found["Critics"].kind == "group"
    assert "MPs" not in found
    assert found["King"].kind == "person"  # an honorific makes a name of any word


def test_organisations_named_x_of_y():
    found = actors(
        "The European Council of Ministers said the plan was dead. "
        "The Court of Appeal said it was lawful."
    )
    assert found["European Council of Ministers"].kind == "organisation"
    assert found["Court of Appeal"].kind == "organisation"


def test_no_roles_from_words_that_are_no_roles():
    found = actors(
        "Michael Howard spoke on Monday. Sources told the BBC Mr Howard had always backed it. "
        "Cafod will host Mr Howard's speech. "
        'Ann Bell said: "They would be worse off. " And Chancellor Gordon Brown said it was not. '
        "Among the doubters were shadow cabinet members David Davis and Tim Yeo. "
        "Mr Davis said the plan was dead."
    )
    assert found["Michael Howard"].roles == []
    assert found["Gordon Brown"].roles == ["Chancellor"]
    assert found["David Davis"].roles == []
    assert found["BBC"].kind == "organisation"


def test_a_british_party_is_one_actor_by_all_its_names():
    body = (
        "Mr Blair derided Tory claims they could cut taxes. The Conservatives said they would "
        "win. Lib Dem figures were late, the Liberal Democrats said."
    )
    found = actors(body)
    assert found["Conservative Party"].kind == "organisation"
    assert set(found["Conservative Party"].aliases) >= {"Tory", "Conservatives"}
    assert found["Liberal Democrats"].kind == "organisation"
    assert "Tory" not in found and "Conservatives" not in found and "Lib Dem" not in found


def test_the_party_is_the_one_named_party_before():
    body = "Labour Party officials met. Labour said it was ready. The party said it would win."
    assert speakers(body) == ["Labour", "Labour"]


def test_a_party_adjective_is_no_speaker():
    body = "Tony Blair spoke on Monday. He attacked Tory plans to process claims abroad."
    assert speakers(body) == ["Tony Blair"]


def test_american_conservatives_are_no_british_party():
    found = actors("Conservatives said the senator had neglected the state.")
    assert found["Conservatives"].kind == "group"


def test_a_person_whose_surname_is_a_brand():
    body = (
        "Tory co-chairman Liam Fox said the plan was dead. Dr Fox added that it was late. "
        "Fox said no."
    )
    found = actors(body)
    assert found["Liam Fox"].kind == "person"
    assert set(found["Liam Fox"].aliases) == {"Fox", "Dr Fox"}
    assert speakers(body) == ["Liam Fox"] * 3


def test_an_honorific_of_the_other_gender_is_someone_else():
    body = (
        "Michael Howard said the plan was dead. Mrs Howard said she was proud. "
        "Mr Howard added that it was late."
    )
    assert speakers(body) == ["Michael Howard", "Mrs Howard", "Michael Howard"]
    assert "Mrs Howard" not in actors(body)["Michael Howard"].aliases


def test_an_honorific_on_a_surname_alone_says_nothing_of_the_full_name():
    # "Mr. Khan" after "Ghazala Khan" may be her husband: she keeps "Ms. Khan".
    body = "Ghazala Khan spoke first. Mr. Khan said the war was wrong. Ms. Khan said she was proud."
    assert speakers(body)[-1] == "Ghazala Khan"


def test_an_organisation_and_a_name_side_by_side_are_two():
    found = actors("Michael Howard spoke. Sources told the BBC Michael Howard had backed it.")
    assert found["BBC"].aliases == []


def test_roles_hold_no_dates_and_take_prefixed_titles():
    found = actors(
        "On Monday Lib Dem committee chairman Alan Beith said the plan was dead. "
        "Tory co-chairman Liam Fox said it was not."
    )
    assert found["Alan Beith"].roles == ["Lib Dem committee chairman"]
    assert found["Liam Fox"].roles == ["Tory co-chairman"]


def test_a_knight_by_his_first_name_and_one_word_institutions():
    body = (
        "Metropolitan Police Commissioner Sir Ian Blair said the plan was dead. "
        "Sir Ian added that it was late. The Treasury said no."
    )
    found = actors(body)
    assert found["Ian Blair"].roles == ["Metropolitan Police Commissioner"]
    assert found["Treasury"].kind == "organisation"
    assert speakers(body) == ["Ian Blair", "Ian Blair", "Treasury"]


def test_the_bank_is_the_bank_named_before_and_the_party_word_alone_is_no_alias():
    body = (
        "The Reserve Bank of Australia lifted interest rates. "
        "The Bank said it had acted to curb inflation. "
        "The Reserve Bank said it would watch prices. "
        "Later the Commonwealth Bank of Australia said growth was slow. "
        "Party officials said nothing."
    )
    found = actors(body)
    bank = found["Reserve Bank of Australia"]
    assert sorted(bank.aliases) == ["Bank", "Reserve Bank"]
    assert speakers(body)[:3] == [
        *["Reserve Bank of Australia"] * 2,
        "Commonwealth Bank of Australia",
    ]
    assert "Party" not in {a for actor in found.values() for a in actor.aliases}


def test_a_demonym_read_as_a_role_goes_back_into_the_body_name():
    found = actors(
        "Sales fell by a third, according to the Canadian Recording Industry. "
        'A spokesman for the Canadian Recording Industry said: "Stores are worried."'
    )
    assert "Recording Industry" not in found
    assert found["Canadian Recording Industry"].kind == "organisation"
    assert found["Canadian Recording Industry"].roles == []


def test_a_plural_before_a_possessive_apostrophe_is_part_of_a_longer_name():
    found = actors(
        "And she won two awards at the Canadian Athletics Writers' Association dinner. "
        '"It was a good night," said Ellen Marsh, the federation president.'
    )
    assert not any(name.endswith("Writers") for name in found)


def test_an_unnamed_role_is_a_person_and_plural_roles_a_group():
    found = actors(
        "Crown corporation SaskPower will cut 300 jobs, its chief executive has said. "
        "Critics say the cuts will hurt rural ridings."
    )
    assert found["chief executive"].kind == "person"
    assert found["Critics"].kind == "group"


def test_a_name_opened_by_group_or_banco_is_a_company():
    found = actors(
        'Group Menard said the ruling was "illegal". '
        "Menard has asked the Ontario Superior Court to review it."
    )
    assert found["Group Menard"].kind == "organisation"
    assert "Menard" not in found


def test_a_description_joins_the_one_person_it_names():
    # In apposition, or a nationality the article gives right before the name.
    said = speakers(
        "The claim is sound, according to its Calgary lawyer, Marie Tremblay of Tremblay "
        "and Roy. Dutch forward Peter Visser scored twice for the Edmonton Oilers. "
        '"We played well," the Dutchman said.'
    )
    assert "Calgary lawyer" not in said and "Dutchman" not in said
    assert said.count("Marie Tremblay") == 1 and said.count("Peter Visser") == 1


def test_a_chief_constable_keeps_constable_in_the_role():
    found = actors(
        "Halifax Regional Chief Constable Anne Dorey said the patrols would double. "
        "Police said 40 arrests were made."
    )
    assert found["Anne Dorey"].roles == ["Halifax Regional Chief Constable"]
    assert found["Police"].kind != "person"


def test_a_band_or_a_firm_before_a_first_name_is_no_person():
    found = actors(
        "Mining group James Wardell has agreed to pay $40m to the Cree Nation. "
        '"We regret the harm," a James Wardell spokeswoman said. '
        "Indie band Diana Ross Academy said it would play Regina in May."
    )
    assert found["James Wardell"].kind == "organisation"
    assert found["Diana Ross Academy"].kind == "group"


def test_the_definite_role_is_the_stories_one_named_speaker():
    said = speakers(
        "Hydro-Quebec could cut 2,000 jobs, its chief executive has said. "
        'Paul Gagnon told investors in Montreal: "We must cut costs." '
        "The MNA said the province would back the plan."
    )
    assert set(said) == {"Paul Gagnon"}


def test_titles_of_works_by_their_maker_or_their_role_are_no_actors():
    found = actors(
        "The new entry came from Tragically Hip track Bobcaygeon Nights, a new track. "
        "Low-budget Canadian movie Maple Winter took the top prize, and children's film "
        "Anne Shirley opened in Charlottetown. "
        '"We are thrilled," said producer Ruth Lam. Best picture nominee Sudbury Girl '
        "made $2m. Paul Dion, spokesman for the show, said tickets had sold out."
    )
    for title in ("Bobcaygeon Nights", "Maple Winter", "Anne Shirley", "Sudbury Girl"):
        assert title not in found
    assert found["Paul Dion"].kind == "person"


def test_a_capitalised_plural_for_people_is_a_group():
    found = actors('Many Quebec people said the vote was "a mistake". Nova Scotia fans agreed.')
    assert found["Quebec people"].kind == "group"


def test_an_ampersand_joins_one_company_name():
    found = actors(
        "Rogers & Shaw said sales fell. Independent News & Media said profits rose, "
        "and Media was up 3%."
    )
    assert found["Rogers & Shaw"].kind == "organisation"
    assert found["Independent News & Media"].kind == "organisation"
    assert "Shaw" not in found and "Media" not in found


def test_a_watchdog_and_a_possessive_thing_are_no_people():
    found = actors(
        "Pipeline Watch said the line was unsafe. Later the Riders took the lead as Tom "
        "Kerr's corner found Paul Bell. \"It was a good goal,\" Tom Kerr's corner said."
    )
    assert found["Pipeline Watch"].kind == "organisation"
    assert not any("corner" in name for name in found)


def test_a_plural_nickname_after_the_is_no_person():
    found = actors(
        "Cole is in talks with the Oilers over extending his deal. "
        '"Talks go on," said a spokesman for the Oilers, and the Oilers said a deal was close.'
    )
    assert found["Oilers"].kind != "person"


def test_a_surname_with_two_letters_swapped_is_the_same_person():
    said = speakers(
        '"The chip is ready," said David Monteith, managing director of Sonar. '
        'Mr Montieth said: "Orders are strong."'
    )
    assert said == ["David Monteith", "David Monteith"]

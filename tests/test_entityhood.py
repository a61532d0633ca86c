"""Actors on news from any outlet: no made-up actors, the right kind, one actor each."""

from __future__ import annotations

import re

from conftest import actors, speakers

from briefgen.extract.entityhood import agent_description, not_an_entity, spans_of, work_title


def test_a_quantity_or_a_fragment_is_no_source():
    # "Many" alone, a verb read into a phrase, a thing: nobody who could say anything.
    assert not agent_description("Many")
    assert not agent_description("mean students")
    assert not agent_description("seen whether voters")
    assert not agent_description("bright colours")
    assert not agent_description("his party's previous")
    assert agent_description("some delegates attending")
    assert agent_description("spokesman for the union")
    assert agent_description("Voting rights advocates")
    assert agent_description("veterans")
    body = (
        "The mayor spoke on Monday. Many said the bus plan would fail. "
        "Most of the new stops, organisers said, would open in June."
    )
    assert not any(a.lower() in ("many", "most") for a in actors(body))


def test_a_common_word_that_opens_a_sentence_or_a_headline_is_no_actor():
    text = "Shadow ministers met. The shadow of the tower fell. EARN: results out. We earn more."
    assert not_an_entity("Shadow", text)
    assert not_an_entity("EARN", text)
    assert not_an_entity("Who", "Who pays? Nobody knows who.")
    # A name capitalised mid-sentence stays a name, though it is also a word.
    assert not not_an_entity("Times", "It is the Times that said so. Times change.")


def test_a_question_word_or_a_bill_never_speaks():
    body = (
        "Who pays for the deficit? That question has dogged the government. "
        "Bill C-74 would cap wages at one per cent, the minister said. "
        'Bill C-74 says the cap "will last three years", according to the text.'
    )
    found = actors(body)
    assert "Who" not in found
    assert "Bill C-74" not in found
    assert not_an_entity("Bill C-74", body)


def test_a_photo_credit_is_no_actor():
    # A credit line between paragraphs is no one a "he" or "she" can be.
    for credit in ("(Photo: Jane Roe/Valley News)", "Getty Images"):
        body = f'The clinic will close in May.\n\n{credit}\n\n"We fought hard for it," she said.'
        assert actors(body) == {}
    # Named in the story too, the photographer is an actor like anyone.
    body = "Residents protested on Monday. (Jane Roe/CBC)\n\nJane Roe said the rally was calm."
    assert speakers(body) == ["Jane Roe"]


def test_a_document_speaks_for_the_publisher_the_article_names():
    body = (
        "A study by the Fraser Institute found that wait times rose by a third. "
        "The study said rural patients waited longest."
    )
    assert speakers(body) == ["Fraser Institute", "Fraser Institute"]
    body = "The Norbank said in its latest Grey Book report that growth slowed. The report said wages rose."
    assert set(speakers(body)) == {"Norbank"}


def test_kinds_of_provinces_teams_courts_companies_and_departments():
    found = actors(
        "Ontario said it would appeal the ruling. "
        "The Saskatchewan Roughriders said in a statement that the game would go ahead. "
        "A spokesman for Economic Development said the grant was approved. "
        "Bank of Montreal said profit rose."
    )
    assert found["Ontario"].kind == "state"
    assert found["Saskatchewan Roughriders"].kind == "organisation"
    assert found["Bank of Montreal"].kind == "organisation"


def test_a_country_in_a_sports_report_is_its_team():
    found = actors(
        "Wales have not won away since the autumn. The coach named his squad for the match. "
        "Wales said the fly-half was fit. The tournament resumes on Saturday after a penalty row."
    )
    assert found["Wales"].kind == "organisation"


def test_a_department_named_by_common_words_is_no_person():
    found = actors(
        "On Monday, Economic Development said the grants would be paid in May. "
        "The province wants more economic development in the north."
    )
    assert found["Economic Development"].kind == "organisation"


def test_names_with_a_possessive_or_a_modifier_are_kept_whole():
    found = actors(
        "People's Party of Canada leader Jim Rowe said the poll was wrong. "
        "The Court of Queen's Bench said the law stood. "
        "The Alberta Nurses' Association said pay was too low. "
        "The Federal Reserve said rates would rise."
    )
    assert found["Jim Rowe"].roles == ["People's Party of Canada leader"]
    assert found["Court of Queen's Bench"].kind == "organisation"
    assert "Alberta Nurses' Association" in found
    assert found["Federal Reserve"].kind == "organisation"
    assert "Reserve" not in found and "Court of Queen" not in found


def test_a_body_named_with_and_is_one_name():
    found = actors(
        "The Securities and Exchange Commission said the deal was legal. "
        "Ironhorse Oil and Gas said it would bid, though oil and gas prices fell. "
        "Sony and Microsoft said sales rose. Britain and France said no."
    )
    assert "Securities and Exchange Commission" in found
    assert "Ironhorse Oil and Gas" in found
    assert "Exchange Commission" not in found and "Gas" not in found
    assert "Sony and Microsoft" not in found and "Britain and France" not in found


def test_titles_of_works_are_never_actors():
    text = (
        "The film Northern Drift opens on Friday. His book Salt Roads sold well. "
        'Critics liked "Glass Harbour". Blue Meridian, which stars Ann Cole, opens later.'
    )
    assert work_title("Northern Drift", text)
    assert work_title("Salt Roads", text)
    assert work_title("Glass Harbour", text)
    assert work_title("Blue Meridian", text)
    assert not work_title("Ann Cole", text)
    found = actors(
        "Northern Drift, which stars Ann Cole, opens on Friday. "
        'Northern Drift "is a patient film", the director Tom Hale said. '
        '"I loved making it," said Ann Cole.'
    )
    assert "Northern Drift" not in found
    assert "Ann Cole" in found


def test_one_actor_under_two_names_is_one_actor():
    found = actors(
        "Filmmaker Chris Anderson said the winter was long. "
        '"I waited months," Chris said later. '
        "French Culture Minister Renaud Donnedieu de Vabres said the law would pass. "
        "De Vabres added that it was fair. "
        "The US Federal Reserve said prices rose. The Fed said wages were flat."
    )
    assert "Chris" not in found
    assert found["Chris Anderson"].kind == "person"
    assert "de Vabres" not in found and "De Vabres" not in found
    assert "Fed" not in found
    assert "Fed" in found["US Federal Reserve"].aliases


def test_an_unnamed_source_by_its_head_is_the_one_described_more_fully():
    body = (
        "A Delta spokesperson said the flight was cancelled. "
        "A spokesperson said later that passengers would be paid."
    )
    assert speakers(body) == ["Delta spokesperson", "Delta spokesperson"]


def test_a_first_person_quote_makes_a_surname_a_person():
    found = actors('"I am so happy," said Claxby. "I have worked for years for this," Claxby said.')
    assert found["Claxby"].kind == "person"


def test_a_ministry_named_by_its_portfolios_is_one_name():
    found = actors(
        "Officials at the Department for Culture, Media and Sport met on Monday. "
        "The Bank of England, Barclays and HSBC said rates would rise."
    )
    assert "Department for Culture, Media and Sport" in found
    assert "Bank of England, Barclays and HSBC" not in found


def test_a_particle_stays_in_a_name_and_an_adverb_stays_out_of_a_source():
    found = actors(
        "Former French president Valery Giscard d'Estaing said the treaty was sound. "
        "Privately ministers said it was not."
    )
    assert "Valery Giscard d'Estaing" in found
    assert not any(name.lower().startswith("privately") for name in found)


def test_a_body_by_a_common_noun_and_a_first_name_the_lexicon_lacks():
    found = actors(
        "In a statement, Rural Transit said buses would run as usual, though transit was slow. "
        "Ilse Marovic, who chairs the riders' group, said fares were too high. "
        "Ilse said the group would meet again."
    )
    assert found["Rural Transit"].kind == "organisation"
    assert "Ilse" not in found
    assert found["Ilse Marovic"].kind == "person"


def test_a_name_the_article_calls_a_firm_is_an_organisation():
    found = actors(
        "US partner Brennan Vale said the drug worked. "
        "According to analysts Orvik Data, sales will fall."
    )
    assert found["Brennan Vale"].kind == "organisation"
    assert found["Orvik Data"].kind == "organisation"


def test_a_place_a_product_or_a_piece_of_a_name_is_no_actor_of_its_own():
    text = "The firm has offices in Varnholm and Leeds. Its Vexa Q7 sold well."
    assert not_an_entity("Varnholm", text)
    assert not_an_entity("Vexa Q7", text)
    found = actors(
        "Officials at the Department for Trade, Industry and Energy met on Monday. "
        "Trade, Industry and Energy said the plan was sound."
    )
    assert "Industry and Energy" not in found


def test_spans_of_finds_a_name_by_its_rarest_word_as_whole_words_only() -> None:
    # "Mr" stands far more often than "Brown": the name is found through "Brown", and
    # still only where it stands whole ("xMr Brown", "Mr Browne" and "Mr  Brown" are not it).
    text = "Mr Smith, Mr Jones, Mr Brown met Mr Browne. xMr Brown, Mr Brown's dog; Mr  Brown."
    for name in ("Mr Brown", "Brown", "Mr", "Brown's dog", "Jones, Mr"):
        expected = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
        assert spans_of(name, text) == expected, name
    assert len(spans_of("Mr Brown", text)) == 2


def test_a_body_named_with_and_before_a_possessive_or_with_a_second_link_is_kept_whole():
    found = actors(
        "The Shipping and General Workers' Union said members would walk out. "
        "The Tribunal of Appeal for Cycling said it would hear the case in May."
    )
    assert found["Shipping and General Workers' Union"].kind == "organisation"
    assert found["Tribunal of Appeal for Cycling"].kind == "organisation"
    assert "General Workers' Union" not in found and "Tribunal of Appeal" not in found


def test_a_plural_possessive_body_speaks_under_its_whole_name():
    assert speakers(
        "The Ferry Pilots' Association said its members would refuse the new shifts."
    ) == ["Ferry Pilots' Association"]


def test_the_government_or_the_court_is_not_the_union_or_company_named_before():
    said = speakers(
        "The Ferry Pilots' Association said its members would refuse the new shifts. "
        "The government said talks would go on.\n\n"
        "Brindle Mills said it would appeal. The court said its ruling stood."
    )
    assert said[0] == "Ferry Pilots' Association" and said[2] == "Brindle Mills"
    assert said[1] != "Ferry Pilots' Association" and said[3] != "Brindle Mills"

"""Summaries: the news in one to three of the article's own sentences."""

from __future__ import annotations

from briefgen.extract.summary import summarise
from briefgen.ingest import parse_article


def summary(body: str) -> str:
    return summarise(parse_article(f"Headline\n\n{body}".encode(), "a.txt"))


def test_the_lede_that_states_the_news_is_the_summary():
    text = summary(
        "The Harrow Valley water board has raised its charges by 8% from April. "
        "Customers will pay an average of £31 more a year.\n\n"
        "The board said the money would pay for new pipes."
    )
    assert text.startswith(
        "The Harrow Valley water board has raised its charges by 8% from April. "
        "Customers will pay an average of £31 more a year."
    )


def test_every_word_is_the_articles():
    body = (
        "OTTAWA - The federal government will cut the fuel levy on farm diesel, the finance "
        "minister said on Tuesday. Farmers' groups welcomed the move."
    )
    text = summary(body)
    assert text.startswith("The federal government will cut the fuel levy")
    for sentence in text.split(". "):
        assert sentence.rstrip(".") in body


def test_a_dateline_is_cut_off():
    text = summary("LONDON (Reuters) - Shares in Delmont Foods fell 12% after a profit warning.")
    assert text == "Shares in Delmont Foods fell 12% after a profit warning."


def test_a_caption_and_a_byline_are_passed_over():
    text = summary(
        "Photo: Council leader Mary Innes at the depot.\n\nBy Tom Reid\n\n"
        "Bin collections in Carlton will move to every two weeks from June, the council said."
    )
    assert text == (
        "Bin collections in Carlton will move to every two weeks from June, the council said."
    )


def test_a_bracketed_note_before_the_report_is_passed_over():
    text = summary(
        "(after extra time, 2-2 at 90 minutes)\n\nRovers won the county cup with a late goal "
        "from their captain Ben Ford."
    )
    assert text == "Rovers won the county cup with a late goal from their captain Ben Ford."


def test_a_first_or_second_person_opening_is_passed_over():
    text = summary(
        "I was standing at the bus stop when the lights went out. "
        "Walk down any high street and you will see the queues. "
        "A power cut left 40,000 homes in Brayford without electricity for six hours on Sunday."
    )
    assert text.startswith("A power cut left 40,000 homes in Brayford")


def test_a_sentence_opening_with_a_pronoun_is_not_the_first():
    text = summary(
        "She had been missing for three days. "
        "The climber Ruth Adair was found alive on Ben Nevis by a mountain rescue team."
    )
    assert text.startswith("The climber Ruth Adair was found alive")


def test_a_question_or_a_quotation_does_not_open_the_summary():
    text = summary(
        "Is this the end of the corner shop? "
        '"We cannot compete," said one owner. '
        "Small grocers in Wales closed at a rate of three a week last year, a survey found."
    )
    assert text.startswith("Small grocers in Wales closed")


def test_the_country_us_is_not_a_person_speaking():
    text = summary("US regulators have fined the Bexley Bank $4m over late reports to savers.")
    assert text.startswith("US regulators have fined")


def test_at_most_three_sentences():
    body = " ".join(f"Point number {n} of the report was agreed by all." for n in range(1, 9))
    assert summary(body).count(".") <= 3


def test_an_article_with_no_fitting_sentence_still_has_a_summary():
    assert summary("She said no. He agreed.") == "She said no. He agreed."


def test_a_sentence_that_points_back_or_argues_does_not_open_the_summary():
    text = summary(
        "Leeds coach Ann Hale appears to have done that well this season.\n\n"
        "Leeds Rhinos have named an unchanged side for Friday's cup final against Hull."
    )
    assert text.startswith("Leeds Rhinos have named an unchanged side")
    text = summary(
        "A big advantage of the new chip is that it runs cool in small phones.\n\n"
        "Orbit Soft has launched a chip that halves the power phones use."
    )
    assert text.startswith("Orbit Soft has launched")


def test_a_title_with_me_or_i_in_it_is_no_first_person_opening():
    lede = (
        "Three jackets worn by the Lumen Quartet on their Hold Me Close album cover have "
        "sold for $80,000 at a Dublin auction."
    )
    assert summary(f"{lede}\n\nThe sale ran for two days.").startswith(lede)
    review = "Only one pilot sees the storm coming in the thriller I, Pilot, out on DVD this week."
    assert summary(f"{review}\n\nThe extras are thin.").startswith(review)
    personal = "I was sitting in the stands when the roof gave way at the Harrow ground."
    news = "The roof of the Harrow stadium collapsed during Saturday's match, the club said."
    assert summary(f"{personal}\n\n{news}").startswith(news)


def test_a_lede_opening_on_a_quoted_phrase_is_the_summary_but_a_quoted_sentence_is_not():
    lede = (
        '"Lasting harm" will be done to the Tarn estuary by the new port, '
        "a committee of MPs has warned."
    )
    assert summary(f"{lede}\n\nThe port is due to open in the spring of next year.").startswith(
        lede
    )
    quote = '"We will fight this port every step of the way," said campaigner Rhea Dunn.'
    news = "A new container port on the Tarn estuary was approved by ministers on Monday."
    assert summary(f"{quote}\n\n{news}").startswith(news)

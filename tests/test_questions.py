"""Open questions: one test per detector on real sentence shapes (hand-written), the
wording helpers, the merge, and the example article against its gold questions."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.evaluate import score_questions
from briefgen.extract import extract
from briefgen.extract.questions.context import Candidate
from briefgen.extract.questions.merge import MOST, MOST_OF_A_KIND, Draft, merge
from briefgen.extract.questions.wording import ask, base, finish, invert, trim
from briefgen.ingest import parse_article, read_article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "articles" / "000_83b8f2cce4d8eb98.txt"
# The evidence of the six gold open questions of the example article (../shared/seeds).
GOLD_EVIDENCE = (
    "which Russia is yet to agree to",
    "Ukraine’s armed forces general staff denied the encirclement of its troops",
    "he set out a number of tough conditions for peace",
    "Putin should spare the lives of Ukrainian troops",
    "never been this close to peace",
    "calling for a ceasefire with “no conditions”",
)


def questions(body: str) -> list[tuple[str, str]]:
    """Return (kind, question) for every open question of a one-article brief."""
    brief = extract(parse_article(f"Headline\n\n{body}".encode(), "a.txt"))
    for q in brief.open_questions:
        for evidence in q.evidence:
            assert evidence.text in body  # the verbatim sentence
    return [(q.kind, q.question) for q in brief.open_questions]


# -- wording -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("clause", "question"),
    [
        ("the pact will hold", "Will the pact hold"),
        ("there could be more strikes", "Could there be more strikes"),
        ("the inquiry cleared the minister", "Did the inquiry clear the minister"),
        ("the plan works for pensioners", "Does the plan work for pensioners"),
        ("The council has not met", "Has the council not met"),
        ("the union won't back the deal", "Will the union not back the deal"),
    ],
)
def test_invert_puts_the_auxiliary_first_or_adds_do(clause, question):
    assert invert(clause) == question


def test_invert_refuses_what_it_cannot_turn_round():
    assert invert("against the changes in benefits") is None  # no subject
    assert invert("this would not harm students") is None  # "this" points into the article
    assert invert("quickly and quietly") is None  # no verb
    assert invert("that money was taken from schools") is None  # that money?
    assert invert("members feel they could not serve") is None  # the verb is another clause's
    assert invert("the options are") is None  # nothing asked


@pytest.mark.parametrize(
    ("clause", "question"),
    [
        ("whether the minister would resign", "Would the minister resign"),
        ("if the vote was fair or not", "Was the vote fair"),
        ("that the party raised taxes", "Did the party raise taxes"),
        ("what powers the board held", "What powers did the board hold"),
        ("who else was told", "Who else was told"),
        ("how much the scheme will cost", "How much will the scheme cost"),
        ("why the figures differ", "Why do the figures differ"),
        ("what the council had to hide", "What did the council have to hide"),
        ("how much longer the chairman will stay", "How much longer will the chairman stay"),
    ],
)
def test_ask_words_reported_questions(clause, question):
    assert ask(clause) == question


@pytest.mark.parametrize(
    ("verb", "form"),
    [
        ("decided", "decide"),
        ("agreed", "agree"),
        ("planned", "plan"),
        ("voted", "vote"),
        ("caused", "cause"),
        ("wanted", "want"),
        ("carried", "carry"),
        ("won", "win"),
        ("works", "work"),
    ],
)
def test_base_form_of_verbs(verb, form):
    assert base(verb) == form


def test_trim_cuts_asides_and_attribution_tails():
    assert trim("the scheme will go ahead, the minister said") == "the scheme will go ahead"
    assert trim("the talks will resume, calling it a breakthrough") == "the talks will resume"
    assert trim("rates will rise - whatever the bank says") == "rates will rise"


def test_trim_drops_a_dash_aside_and_a_tail_without_its_comma():
    assert trim("the two men freed - Tom Bell and Sam Ray - have letters") == (
        "the two men freed have letters"
    )
    assert trim("fines will rise if they refuse Judge Ann Cole has ruled") == (
        "fines will rise if they refuse"
    )


def test_a_participle_before_the_verb_is_not_the_verb():
    assert invert("the men released from the camp in May have received letters") == (
        "Have the men released from the camp in May received letters"
    )


def test_finish_capitalises_balances_quotes_and_ends_with_a_question_mark():
    assert finish("will it be “fair") == "Will it be fair?"
    assert finish("will the plan survive.") == "Will the plan survive?"
    assert finish("why") is None  # too short to stand alone


# -- detectors -----------------------------------------------------------------------


def test_pending_yet_to_takes_the_noun_a_which_stands_for():
    found = questions("Greece signed the draft treaty on Monday, which Turkey is yet to agree to.")
    assert ("pending", "Will Turkey agree to the draft treaty?") in found


def test_pending_names_the_subject_a_pronoun_stands_for():
    found = questions(
        "Home Secretary Anna Price spoke on Tuesday. She has not yet decided whether to "
        "appeal against the ruling."
    )
    assert ("pending", "Will Anna Price appeal against the ruling?") in found


def test_pending_expected_to_but_not_a_speech_in_the_diary():
    found = questions(
        "The chancellor is expected to freeze fuel duty in the budget. "
        "Mr Lane is expected to tell party members that the economy is strong."
    )
    assert ("pending", "Will the chancellor freeze fuel duty in the budget?") in found
    assert not any("tell party members" in q for _, q in found)


def test_pending_request_to_a_named_actor():
    found = questions("The mayor urged Thames Water to repair the main within a week.")
    assert ("pending", "Will Thames Water repair the main within a week?") in found


def test_pending_calls_for_something_to_be_done_and_what_is_under_consideration():
    found = questions(
        "A former minister has called for an independent panel to be set up to audit the "
        "figures. Appeals are being made for the council not to close the library. "
        "MSPs are considering the extension of the tram line to the airport."
    )
    assert ("pending", "Will an independent panel be set up to audit the figures?") in found
    assert ("pending", "Will the council close the library?") in found
    assert (
        "pending",
        "What will MSPs decide on the extension of the tram line to the airport?",
    ) in found


def test_unknowns_become_the_question_they_leave_open():
    found = questions(
        "It is unclear whether the senator would accept a compromise. "
        "Whether the truce can last remains to be seen."
    )
    assert ("pending", "Would the senator accept a compromise?") in found
    assert ("pending", "Can the truce last?") in found


def test_declined_to_say_names_the_actor_for_the_pronoun():
    found = questions(
        "Paul Hart, the club's owner, met the board on Friday. A spokesman for Mr Hart "
        "declined to say whether he had sold his shares."
    )
    assert ("pending", "Had Paul Hart sold his shares?") in found


def test_contested_denial_of_a_clause_and_of_a_claim():
    found = questions(
        "A party spokesman denied the leaflet was racist. "
        "The minister rejected claims that the reform increased waiting lists."
    )
    assert ("contested", "Was the leaflet racist?") in found
    assert ("contested", "Did the reform increase waiting lists?") in found


def test_contested_denial_of_a_thing_and_not_a_refused_request():
    found = questions(
        "On Monday the Belgian defence ministry denied the capture of its pilots. "
        "The prisoners were denied access to lawyers. "
        "The minister rejected the idea of a cap on fees."
    )
    assert found == [
        ("contested", "Is the Belgian defence ministry right to deny the capture of its pilots?")
    ]


def test_contested_rebuttal_by_another_speaker():
    found = questions(
        "Senator Ruth Moss said the bill would cost jobs. "
        "But the Treasury believes the bill will create thousands of jobs."
    )
    assert (
        "contested",
        "Is the Treasury right that the bill will create thousands of jobs?",
    ) in found


def test_conditions_if_unless_and_no_conditions():
    found = questions(
        "Union leader Sam Cole warned that there could be more strikes unless the offer "
        "improved. The envoys called for a truce with no conditions. "
        "He said he would win even if it rained."
    )
    assert ("conditional", "Could there be more strikes unless the offer improved?") in found
    assert ("conditional", "Will a truce come without conditions?") in found
    assert not any("rained" in q for _, q in found)  # "even if" is no condition


def test_a_condition_on_a_fact_or_on_a_tail_clause_is_no_question():
    found = questions(
        "The Green Party has unveiled plans to tax flights if it wins the election. "
        "Curfews were other options which could be used if court orders were defied. "
        "Tax will be the main argument, with the Tories claiming rates will rise if Labour "
        "wins. The mayor would resign if the council voted against the plan."
    )
    assert found == [
        ("conditional", "Would the mayor resign if the council voted against the plan?")
    ]


def test_conditions_someone_sets_are_theirs():
    found = questions(
        "President Olga Marsh spoke on Monday and she laid down strict conditions for talks."
    )
    assert ("conditional", "What are Olga Marsh’s conditions for talks?") in found


def test_explicit_questions_in_quotes_reported_and_asked_by_the_article():
    found = questions(
        '"Why should taxpayers fund this scheme?" asked Tom Reed. '
        "Ms Grant asked whether the minister knew about the loan. "
        "But will voters believe the pledge?"
    )
    assert ("explicit", "Why should taxpayers fund this scheme?") in found
    assert ("explicit", "Did the minister know about the loan?") in found
    assert ("explicit", "Will voters believe the pledge?") in found


def test_questions_with_a_pronoun_nobody_can_name_are_dropped():
    found = questions(
        "Parents were warned they would be fined unless attendance improved. "
        "Officials said it would be £500 if there was a cap."
    )
    assert found == []


def test_abbreviations_do_not_end_a_clause_and_contractions_are_split():
    found = questions(
        "It is not clear how the police linked Ms. Kay to the account. "
        "Mr. Stone, the party's treasurer, met donors on Friday. "
        "It is unclear what price he'll demand for his support."
    )
    assert ("pending", "How did the police link Ms. Kay to the account?") in found
    assert ("pending", "What price will Mr. Stone demand for his support?") in found


def test_a_surname_inside_another_name_is_not_expanded():
    found = questions(
        "Senator Paul Greer spoke on Monday. It is unclear whether Anne Greer would back the bill."
    )
    assert ("pending", "Would Anne Greer back the bill?") in found


def test_conditions_cut_short_or_with_an_unnamed_pronoun_are_dropped():
    found = questions(
        "As long as the strike lasts, commuters will be anxiously, and angrily, watching. "
        "The board said it would sell the site if it is Grant vs. "
        "Analysts think voters are likely to be the key to the result."
    )
    assert found == []


def test_a_who_clause_stands_for_the_name_before_it():
    found = questions("Voters met Senator Jo Pike, who is expected to win the primary.")
    assert ("pending", "Will Senator Jo Pike win the primary?") in found


def test_a_pronoun_two_people_could_be_is_not_guessed():
    found = questions(
        "Mr Dunn's claim was backed by Tom Hale, who said it was unclear whether he "
        "would be paid. Minister Sara Pope is due to decide."
    )
    assert not any("paid" in q for _, q in found)


def test_an_object_pronoun_is_not_its_own_clause_subject():
    found = questions("But the ministry says judges will be able to overturn them.")
    assert found == []


def test_a_name_inside_reported_words_also_makes_a_pronoun_ambiguous():
    found = questions(
        "Lord Pell, a former MP, challenged Mr Dean to deny reports that he had told the "
        "board it was unclear whether he would stay."
    )
    assert not any("stay" in q for _, q in found)


def test_calls_for_an_effort_to_act_name_no_one_who_acts():
    found = questions("Her speech called for a much greater effort in schools to teach history.")
    assert found == []


def test_how_members_vote_is_the_open_question_of_a_vote():
    found = questions("MPs are due to vote on the government's Transport Bill on Tuesday.")
    assert ("pending", "How will MPs vote on the government's Transport Bill on Tuesday?") in found


def test_what_points_back_into_the_article_or_runs_sentences_together_is_dropped():
    found = questions(
        "But Home Secretary Ann Lowe says the ruling would not change these cases. "
        "Voters backed its call for the UK to leave the union In his speech, Mr Bell "
        "says the result was good."
    )
    assert found == []


def test_rhetorical_questions_in_a_speech_are_not_open_questions():
    found = questions(
        'Mr Hale told the rally: "Who can voters trust with the economy?"\n\n'
        '"Why has the report been kept secret?" asked Jane Reed.'
    )
    assert found == [("explicit", "Why has the report been kept secret?")]


# -- merge ---------------------------------------------------------------------------


def draft(question: str, kind: str, at: int, score: float, span: tuple[int, int]) -> Draft:
    return Draft(Candidate(kind, question, at, score), [span])


def test_merge_folds_the_same_question_and_one_sentence_saying_one_thing():
    merged = merge(
        [
            draft("Will Russia agree to the deal?", "pending", 10, 3.0, (0, 50)),
            draft("Will Russia agree to the deal?", "pending", 90, 2.0, (80, 120)),
            draft("Is X right to deny it?", "contested", 200, 2.5, (190, 260)),
            draft("Was the report false?", "contested", 210, 2.0, (190, 260)),
        ]
    )
    assert [d.candidate.question for d in merged] == [
        "Will Russia agree to the deal?",
        "Is X right to deny it?",
    ]
    assert merged[0].evidence == [(0, 50), (80, 120)]


def test_merge_caps_the_total_and_each_kind():
    many = [
        draft(
            f"Will actor {n} decide on item {n}?",
            "pending" if n % 2 else "conditional",
            n,
            2.0,
            (n * 10, n * 10 + 5),
        )
        for n in range(20)
    ]
    merged = merge(many)
    assert len(merged) == MOST
    assert all(
        sum(d.candidate.kind == kind for d in merged) <= MOST_OF_A_KIND
        for kind in ("pending", "conditional")
    )
    assert [d.evidence[0] for d in merged] == sorted(d.evidence[0] for d in merged)


# -- the example article -------------------------------------------------------------


def test_seed_finds_most_gold_questions_with_few_questions_that_read_alone():
    brief = extract(read_article(SEED))
    text = SEED.read_text(encoding="utf-8")
    assert 1 <= len(brief.open_questions) <= 10
    for q in brief.open_questions:
        assert q.question.endswith("?") and q.question[0].isupper()
        assert q.actors and all(e.text == text[e.span[0] : e.span[1]] for e in q.evidence)
    asked = {q.question for q in brief.open_questions}
    assert "Will Russia agree to the US-proposed ceasefire deal?" in asked
    assert "What are Vladimir Putin’s conditions for peace?" in asked
    gold = [(text.index(g), text.index(g) + len(g)) for g in GOLD_EVIDENCE]
    found, _ = score_questions(
        [[tuple(e.span) for e in q.evidence] for q in brief.open_questions], gold
    )
    assert found >= 5


def test_who_speaks_at_an_offset_is_found_among_overlapping_attributions() -> None:
    from types import SimpleNamespace

    from briefgen.extract.questions.context import Referents

    spans = [(0, 50), (10, 20), (30, 40), (60, 70), (65, 100)]
    said = [SimpleNamespace(attribution=SimpleNamespace(start=a, end=b)) for a, b in spans]
    refs = Referents("x" * 120, said, [], {}, [])  # type: ignore[arg-type]
    for offset in range(0, 110):
        first = next((s for s in said if s.attribution.start <= offset < s.attribution.end), None)
        assert refs.said_at(offset) is first, offset
    assert refs.claims_in(10, 61) == said[1:4]
    assert refs.overlapping(45, 66) == [said[0], said[3], said[4]]
    assert refs.overlapping(50, 60) == []

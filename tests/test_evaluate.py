"""The scorer of `briefgen eval`, on hand-made cases with known answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.evaluate import Gold, Predicted, evaluate, score, speaker_matches
from briefgen.text.folding import fold
from briefgen.text.names import is_proper_name

ROOT = Path(__file__).resolve().parent.parent


def test_overlap_is_measured_against_the_gold_span():
    gold = [Gold(((0, 100),), speaker="Jane Doe")]
    assert score([Predicted(0, 31, ("Jane Doe",))], gold).matched == {0.3: 1, 0.8: 0}
    assert score([Predicted(0, 30, ("Jane Doe",))], gold).matched == {
        0.3: 0,
        0.8: 0,
    }  # exactly 30% is not more
    assert score([Predicted(-50, 150, ("Jane Doe",))], gold).matched == {
        0.3: 1,
        0.8: 1,
    }  # longer is fine


def test_gold_with_several_spans_counts_their_union():
    gold = [Gold(((0, 10), (20, 30)), speaker="Jane Doe")]
    assert score([Predicted(0, 10, ("Jane Doe",))], gold).matched[0.3] == 1  # 10 of 20 chars
    assert score([Predicted(0, 5, ("Jane Doe",))], gold).matched[0.3] == 0


def test_matching_is_one_to_one_best_overlap_first():
    gold = [Gold(((0, 10),), speaker="A"), Gold(((10, 20),), speaker="B")]
    pred = [Predicted(0, 20, ("A",)), Predicted(10, 20, ("B",))]
    tally = score(pred, gold)
    # Both golds are covered 100% by the first prediction; the second prediction is the
    # best match for gold B, so it takes B and the first takes A.
    assert tally.matched[0.3] == 2 and tally.speaker_ok == 2
    tally = score([Predicted(0, 20, ("A",))], gold)
    assert (tally.matched[0.3], tally.predicted, tally.gold) == (1, 1, 2)


def test_optional_gold_is_neither_required_nor_a_false_positive():
    gold = [Gold(((0, 10),), speaker="A"), Gold(((50, 60),), speaker="B", optional=True)]
    tally = score([Predicted(0, 10, ("A",)), Predicted(50, 60, ("B",))], gold)
    assert (tally.gold, tally.predicted, tally.matched[0.3]) == (1, 1, 1)
    assert tally.prf(tally.matched[0.3]) == (1.0, 1.0, 1.0)
    tally = score([Predicted(0, 10, ("A",)), Predicted(70, 80, ("B",))], gold)
    assert tally.predicted == 2  # a position matching nothing still counts


def test_speaker_rules():
    assert speaker_matches(["Vladimir Putin", "Putin"], "Vladimir Putin")
    assert speaker_matches(["Vladimir Putin"], "Putin")  # a surname alone matches
    assert speaker_matches(["Putin"], "Vladimir Putin")
    assert speaker_matches(["Mélanie Joly"], "Melanie Joly")  # accents folded
    assert speaker_matches(["Kremlin"], "the Kremlin")  # leading "the" dropped
    assert speaker_matches(["WHITE HOUSE"], "White House")
    assert not speaker_matches(["Donald Trump"], "Vladimir Putin")
    assert speaker_matches(["Mr. Trump"], "Trump")
    assert speaker_matches(["Harris"], "Harry B. Harris Jr.")  # a generational suffix is no surname
    assert not speaker_matches(["Donald Trump"], "Mr. Trump")  # no surname alone on either side
    assert fold("The  Kremlin") == "kremlin"


def test_unchecked_speakers_count_as_attributed():
    gold = [Gold(((0, 10),), mention="he"), Gold(((20, 30),), mention="Mr. Trump")]
    tally = score(
        [Predicted(0, 10, ("Someone",)), Predicted(20, 30, ("Donald Trump", "Mr. Trump"))], gold
    )
    assert (tally.checked, tally.speaker_ok, tally.attributed) == (1, 1, 2)
    tally = score([Predicted(0, 10, ("Someone",)), Predicted(20, 30, ("Hillary Clinton",))], gold)
    assert (tally.checked, tally.speaker_ok, tally.attributed) == (1, 0, 1)


@pytest.mark.parametrize(
    ("mention", "proper"),
    [
        ("Mr. Trump", True),
        ("the Kremlin", True),
        ("Secretary of State Marco Rubio", True),
        ("he", False),
        ("The government", False),
        ("his campaign", False),
        ("Many Democrats", False),
        ("who", False),
    ],
)
def test_proper_names(mention, proper):
    assert is_proper_name(mention) is proper


def test_seed_scores_at_least_the_target(tmp_path):
    (tmp_path / "seed.txt").write_bytes(
        (ROOT / "articles" / "000_83b8f2cce4d8eb98.txt").read_bytes()
    )
    (tmp_path / "seed.gold.yaml").write_bytes(
        (ROOT / "tests" / "fixtures" / "000_83b8f2cce4d8eb98.gold.yaml").read_bytes()
    )
    report = evaluate(tmp_path)
    _p, _r, f = report.tally.prf(report.tally.attributed)
    assert f >= 0.95, report.lines()
    assert report.tally.speaker_accuracy >= 0.95


def test_a_gold_question_is_found_when_one_prediction_covers_over_half_its_evidence():
    from briefgen.evaluate import score_questions

    gold = [(100, 140), (200, 210)]
    # 21 of 40 characters, in one question's two pieces of evidence: found.
    assert score_questions([[(100, 110), (129, 140)]], gold) == (1, 1)
    # Exactly half is not more than half; two questions do not add up.
    assert score_questions([[(100, 120)], [(120, 125)]], gold) == (0, 2)
    assert score_questions([[(195, 215)]], gold) == (1, 1)
    assert score_questions([], gold) == (0, 0)


def test_gold_question_evidence_is_found_in_the_article_whitespace_aside(tmp_path):
    from briefgen.evaluate import gold_question_spans

    path = tmp_path / "a.gold.yaml"
    path.write_text(
        'open_questions:\n- question: Will it?\n  evidence: "yet  to\\n agree"\n'
        "- question: Gone?\n  evidence: not in the text\n",
        encoding="utf-8",
    )
    text = "Russia is yet to\nagree to it."
    assert gold_question_spans(path, text) == [(10, 22)]


def test_the_report_prints_question_recall_and_questions_per_article():
    from briefgen.evaluate import Report, Tally

    one = Tally(questions_gold=4, questions_found=3, questions_predicted=5)
    two = Tally(questions_predicted=1)  # an article with no gold question still counts
    total = Tally()
    total.add(one)
    total.add(two)
    lines = Report(2, total, [("a", one), ("b", two)], []).lines()
    assert (
        "open questions recall        0.750   (3 of 4 gold found by evidence; 6 predicted)" in lines
    )
    assert "questions per article         3.00   (6 in 2 articles)" in lines


def test_a_gold_actors_alias_and_a_proper_mention_also_count(tmp_path):
    from briefgen.evaluate import read_gold

    path = tmp_path / "a.gold.yaml"
    path.write_text(
        "attributions:\n"
        "- {text: x, spans: [[0, 10]], speaker: Labour Party, mention: the party}\n"
        "- {text: y, spans: [[20, 30]], speaker: Jo Bloggs, mention: Secretary Bloggs}\n"
        "actors:\n"
        "- {name: Labour Party, kind: organisation, aliases: [Labour]}\n",
        encoding="utf-8",
    )
    gold = read_gold(path)
    assert gold[0].targets() == ["Labour Party", "Labour"]
    assert gold[1].targets() == ["Jo Bloggs", "Secretary Bloggs"]
    tally = score([Predicted(0, 10, ("Labour",)), Predicted(20, 30, ("Bloggs",))], gold)
    assert (tally.checked, tally.speaker_ok) == (2, 2)
    tally = score([Predicted(0, 10, ("Tories",))], gold)
    assert (tally.checked, tally.speaker_ok) == (1, 0)


def test_eval_lists_predicted_actors_that_match_no_gold_actor(tmp_path):
    (tmp_path / "a.txt").write_text(
        'Headline\n\n"We are ready," said Jane Smith.\n\nThe Oscars said the show was long.\n',
        encoding="utf-8",
    )
    (tmp_path / "a.gold.yaml").write_text(
        "attributions:\n- {text: We are ready, spans: [[11, 23]], speaker: Jane Smith}\n",
        encoding="utf-8",
    )
    report = evaluate(tmp_path)
    assert report.unmatched == [("a", [("Oscars", 1)])]
    assert report.unmatched_lines() == [
        "predicted actors with positions matching no gold actor: 1",
        "  a: Oscars (1)",
    ]

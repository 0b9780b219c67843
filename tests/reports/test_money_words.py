import pytest

from kindergarten_desktop.reports.money_words import money_words, number_words


@pytest.mark.parametrize(("n", "words"), [
    (0, "không"),
    (5, "năm"),
    (10, "mười"),
    (15, "mười lăm"),
    (21, "hai mươi mốt"),
    (25, "hai mươi lăm"),
    (105, "một trăm linh năm"),
    (111, "một trăm mười một"),
    (1000, "một nghìn"),
    (1005, "một nghìn không trăm linh năm"),
    (28_000, "hai mươi tám nghìn"),
    (280_000, "hai trăm tám mươi nghìn"),
    (1_005_000, "một triệu không trăm linh năm nghìn"),
    (1_234_567, "một triệu hai trăm ba mươi bốn nghìn năm trăm sáu mươi bảy"),
    (2_000_050, "hai triệu không trăm năm mươi"),
    (3_000_000_000, "ba tỷ"),
    (1_000_000_001, "một tỷ không trăm linh một"),
])
def test_number_words(n, words):
    assert number_words(n) == words


def test_money_words_capitalised_with_chan_for_round_amounts():
    assert money_words(280_000) == "Hai trăm tám mươi nghìn đồng chẵn"
    assert money_words(1_234_567) == "Một triệu hai trăm ba mươi bốn nghìn năm trăm sáu mươi bảy đồng"
    assert money_words(0) == "Không đồng"


@pytest.mark.parametrize("bad", [-1, 1.5, True, "100"])
def test_refuses_what_is_not_a_whole_amount(bad):
    with pytest.raises(ValueError):
        number_words(bad)

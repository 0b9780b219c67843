import pytest

from kindergarten_desktop.meals.errors import MealsError
from kindergarten_desktop.meals.settings import MealRules, load_rules, save_rules


def test_defaults_then_saved_rules_round_trip(db):
    assert load_rules(db) == MealRules()
    rules = MealRules(collection_mode="after", refund_absences="all", refund_components="all")
    save_rules(db, rules)
    assert load_rules(db) == rules


def test_bad_rules_refused_and_nothing_saved(db):
    with pytest.raises(MealsError):
        save_rules(db, MealRules(collection_mode="sometimes"))
    with pytest.raises(MealsError):
        save_rules(db, MealRules(payment_warning=-1))
    assert load_rules(db) == MealRules()

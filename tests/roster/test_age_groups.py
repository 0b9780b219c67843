

def test_class_order_is_age_group_then_natural_number():
    from kindergarten_desktop.roster.age_groups import class_sort_key

    classes = [("age_5_6", "Lá 10"), ("age_4_5", "Chồi 1"), ("nursery_25_36", "Nhà trẻ 2"),
               ("age_5_6", "Lá 2"), ("age_5_6", "Lá 1"), (None, "Khác")]
    ordered = sorted(classes, key=lambda c: class_sort_key(*c))
    assert [n for _, n in ordered] == ["Nhà trẻ 2", "Chồi 1", "Lá 1", "Lá 2", "Lá 10", "Khác"]

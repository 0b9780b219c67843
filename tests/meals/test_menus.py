import datetime as dt

from kindergarten_desktop.meals.menus import Menu, get_menu, save_menu


def test_menu_saved_replaced_and_cleared(db):
    day = dt.date(2025, 10, 6)
    assert get_menu(db, day).empty
    save_menu(db, Menu(day, "Cháo thịt bằm", "Cơm, cá kho, canh bí", "Sữa chua"))
    save_menu(db, Menu(day, "Phở gà", "Cơm, cá kho, canh bí", "Sữa chua"))
    assert get_menu(db, day) == Menu(day, "Phở gà", "Cơm, cá kho, canh bí", "Sữa chua")
    save_menu(db, Menu(day))
    assert db.execute("SELECT count(*) FROM daily_menu").fetchone()[0] == 0

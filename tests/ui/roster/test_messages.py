from kindergarten_desktop.ui import i18n
from kindergarten_desktop.ui.roster.messages import translate_message


def test_domain_messages_in_vietnamese():
    i18n.install_translators("vi")
    assert translate_message("Full name is empty") == "Chưa nhập họ và tên"
    assert translate_message("Father's phone: '12345' is not a Vietnamese phone number (a mobile has 10 digits "
                             "starting 03, 05, 07, 08 or 09; a landline 11 starting 02)").startswith(
        "Điện thoại cha: '12345' không phải số điện thoại Việt Nam")
    assert translate_message("Born in 2019: children of this class's age group are usually born in 2021\n"
                             "04/10/2025 is not a school day") == (
        "Sinh năm 2019: trẻ cùng độ tuổi của lớp này thường sinh năm 2021\nNgày 04/10/2025 không phải ngày học")
    assert translate_message("Class name is 300 characters long; at most 50 are allowed") == (
        "Tên lớp dài 300 ký tự; tối đa 50 ký tự")
    assert translate_message("something new") == "something new"


def test_english_unchanged():
    i18n.install_translators("en")
    assert translate_message("Lê Minh Chi is not enrolled on 06/10/2025") == "Lê Minh Chi is not enrolled on 06/10/2025"

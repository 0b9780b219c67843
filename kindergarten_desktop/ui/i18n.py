"""Interface language: Vietnamese by default, English second; compiled .qm translators."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from kindergarten_desktop.paths import translations_dir

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"
_installed: list[QTranslator] = []


def saved_language() -> str:
    lang = QSettings().value("language", DEFAULT_LANGUAGE)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def remember_language(lang: str) -> None:
    QSettings().setValue("language", lang)


def install_translators(lang: str) -> list[str]:
    """Install the app's and Qt's own translators for ``lang``; returns the files loaded.

    UI strings are written in English in the code; Vietnamese comes from translations/*_vi.qm.
    Domain error texts (errors.py) follow the same language.
    """
    from kindergarten_desktop.errors import set_language

    set_language(lang)
    app = QCoreApplication.instance()
    if app is None:  # no application yet: nothing to translate
        return []
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    from kindergarten_desktop import errors

    errors.set_language(lang)  # domain messages (AppError texts) follow the interface language
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
                       if lang == "vi" else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    loaded: list[str] = []
    if lang == "en":
        return loaded
    for qm in sorted(translations_dir().glob(f"*_{lang}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(qm.name)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(translator)
        _installed.append(translator)
        loaded.append(f"qtbase_{lang}")
    return loaded

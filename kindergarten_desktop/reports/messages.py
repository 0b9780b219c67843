"""Texts of the reports package's errors (see kindergarten_desktop/errors.py)."""

MESSAGES = {
    "document_too_long": ("“{field}” dài quá {limit} ký tự: hãy viết ngắn lại.",
                          "“{field}” is longer than {limit} characters: please shorten it."),
    "too_many_recipients": ("Nơi nhận có quá {limit} dòng: hãy gộp bớt.",
                            "More than {limit} recipients: please combine some."),
    "narrative_too_long": ("Phần “{part}” dài quá {limit} ký tự.",
                           "The part “{part}” is longer than {limit} characters."),
    "layout_failed": ("Không dàn trang được tài liệu ({detail}). Hãy báo lỗi này cho người hỗ trợ.",
                      "The document could not be laid out ({detail}). Please report this problem."),
    "round_incomplete": ("Đợt cân đo {round} mới cân đo {measured}/{enrolled} trẻ: báo cáo chỉ tính các trẻ đã "
                         "được cân đo.",
                         "Measurement round {round} is incomplete: {measured} of {enrolled} children measured; the "
                         "report counts only the children measured."),
}

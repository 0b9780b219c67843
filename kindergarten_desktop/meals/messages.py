"""Texts of the ``meals.*`` error codes: (Vietnamese, English). See errors.py."""

MESSAGES: dict[str, tuple[str, str]] = {
    # receipts (phiếu thu)
    "payment_above_debt": (
        "Số tiền {amount} lớn hơn số trẻ đang nợ ({debt}). Thu trước: {ahead} sẽ thành tiền thừa chuyển sang "
        "các tháng sau. Vẫn ghi phiếu thu?",
        "The amount {amount} is more than the child owes ({debt}). Paying ahead: {ahead} will stay as credit "
        "for the next months. Save the receipt anyway?"),
    "bad_months": (
        "“{text}” không phải là tháng. Ghi tháng như 10/2025 hoặc 10, 11/2025.",
        "“{text}” is not a month. Write months as 10/2025 or 10, 11/2025."),
    "no_receipt": ("Không có phiếu thu mã {id}.", "There is no receipt with id {id}."),
    "cancel_who": ("Ghi họ tên người hủy phiếu.", "Say who cancels the voucher."),
    "cancel_reason": ("Ghi lý do hủy phiếu.", "Say why the voucher is cancelled."),
    "receipt_already_cancelled": ("Phiếu thu số {number} đã bị hủy trước đó.",
                                  "Receipt no. {number} is already cancelled."),
    "receipt_never_deleted": (
        "Phiếu thu không bao giờ bị xóa: phiếu sai thì hủy (giữ nguyên số, ghi lý do).",
        "A receipt is never deleted: cancel a wrong one (it keeps its number, with the reason)."),
    "receipt_fixed": (
        "Số, ngày, trẻ, hình thức và số tiền của phiếu thu đã lập không được sửa: hủy phiếu và lập phiếu mới.",
        "The number, date, child, method and amount of a receipt cannot be changed: cancel it and write "
        "a new one."),
    # payouts (phiếu chi)
    "payout_purpose": ("Loại phiếu chi “{purpose}” không hợp lệ (hoàn trả, trả nhà cung cấp hoặc chi khác).",
                       "Payout kind “{purpose}” is not valid (refund, supplier or other)."),
    "payout_method": ("Hình thức “{method}” không hợp lệ: tiền mặt hoặc chuyển khoản.",
                      "Method “{method}” is not valid: cash or transfer."),
    "payout_date": ("Phiếu chi cần có ngày chi.", "A payout needs its date."),
    "payout_future": ("Không lập phiếu chi cho ngày trong tương lai ({day}).",
                      "A payout cannot be dated in the future ({day})."),
    "payout_child": ("Chọn trẻ được hoàn trả tiền.", "Choose the child whose credit is refunded."),
    "refund_above_credit": (
        "Không thể hoàn trả {amount} cho trẻ {name}: trẻ chỉ còn thừa {credit}.",
        "Cannot refund {amount} to {name}: the child's credit is only {credit}."),
    "payout_supplier": ("Ghi tên nhà cung cấp được trả tiền.", "Name the supplier who is paid."),
    "payout_payee": ("Ghi họ tên người nhận tiền.", "Name the person who receives the money."),
    "payout_reason": ("Ghi lý do chi.", "Say what the payout is for."),
    "cash_short": (
        "Không đủ tiền mặt: chi {amount} làm quỹ tiền mặt bị âm ngày {day} (quỹ còn {held}).",
        "Not enough cash: paying {amount} takes the cash book below 0 on {day} (it holds {held})."),
    "cash_short_cancel": (
        "Không hủy được phiếu thu số {number}: {amount} tiền mặt của phiếu đã được chi, quỹ tiền mặt sẽ bị âm "
        "ngày {day}. Hủy (hoặc sửa) phiếu chi trước.",
        "Receipt no. {number} cannot be cancelled: its {amount} in cash was already paid out and the cash book "
        "would go below 0 on {day}. Cancel (or correct) the payout first."),
    "no_payout": ("Không có phiếu chi mã {id}.", "There is no payout with id {id}."),
    "payout_already_cancelled": ("Phiếu chi số {number} đã bị hủy trước đó.",
                                 "Payout no. {number} is already cancelled."),
    "payout_never_deleted": ("Phiếu chi không bao giờ bị xóa: phiếu sai thì hủy.",
                             "A payout is never deleted: cancel a wrong one."),
    "payout_fixed": ("Phiếu chi đã lập không được sửa: hủy phiếu và lập phiếu mới.",
                     "A payout cannot be changed: cancel it and write a new one."),
    # cash book
    "book_account": ("Sổ “{account}” không có: tiền mặt (cash) hoặc tiền gửi (transfer).",
                     "There is no book “{account}”: cash or transfer."),
    "book_period": ("Ngày cuối ({end}) trước ngày đầu ({start}).", "The end ({end}) is before the start ({start})."),
    # stock corrections
    "no_stock_use": ("Không có phiếu xuất kho mã {id}.", "There is no stock use with id {id}."),
    "no_purchase": ("Không có dòng mua hàng mã {id}.", "There is no purchase with id {id}."),
    "adjust_reason": ("Ghi lý do điều chỉnh.", "Say why the entry is corrected."),
    "already_cancelled_entry": ("Dòng này đã bị hủy.", "This entry is already cancelled."),
    "adjust_nothing": ("Không có gì thay đổi: số lượng và đơn giá như cũ.",
                       "Nothing changes: the quantity and the price are the same."),
    "store_short": ("Kho sẽ thiếu {item} vào ngày {day}: đã có lượng xuất dựa trên lượng này.",
                    "The store would run short of {item} on {day}: uses already count on it."),
    "adjustment_never_deleted": ("Bút toán điều chỉnh không bao giờ bị xóa.", "An adjustment is never deleted."),
    "purchase_never_deleted": ("Dòng mua hàng không bị xóa: hủy bằng bút toán điều chỉnh.",
                               "A purchase is never deleted: cancel it with an adjustment."),
    "purchase_fixed": ("Dòng mua hàng không sửa trực tiếp: điều chỉnh bằng bút toán.",
                       "A purchase is not rewritten: correct it with an adjustment."),
    "stock_use_never_deleted": ("Phiếu xuất kho không bị xóa: hủy bằng bút toán điều chỉnh.",
                                "A stock use is never deleted: cancel it with an adjustment."),
    "stock_use_fixed": ("Phiếu xuất kho không sửa trực tiếp: điều chỉnh bằng bút toán.",
                        "A stock use is not rewritten: correct it with an adjustment."),
    # printed documents
    "no_receipt_number": ("Năm học {year} không có phiếu thu số {number}.",
                          "School year {year} has no receipt no. {number}."),
    "no_payout_number": ("Năm học {year} không có phiếu chi số {number}.",
                         "School year {year} has no payout no. {number}."),
}

"""Texts of the ``meals.*`` error codes: (Vietnamese, English). See errors.py.

``field_*`` are the labels of the inputs a MealsError names (its ``field``), filled into
``{field}``."""

MESSAGES: dict[str, tuple[str, str]] = {
    # The labels of the inputs.
    "field_amount": ("Số tiền", "Amount"),
    "field_food": ("Tiền ăn", "Food"),
    "field_fuel": ("Chất đốt", "Fuel"),
    "field_other": ("Khoản khác", "Other"),
    "field_unit_price": ("Đơn giá", "Unit price"),
    "field_discount": ("Số tiền miễn giảm", "Discount"),
    "field_quantity": ("Số lượng", "Quantity"),
    "field_staff_meals": ("Suất ăn của cán bộ, giáo viên", "Staff meals"),
    "field_effective_from": ("Áp dụng từ ngày", "Effective from"),
    "field_date": ("Ngày", "Date"),
    "field_month": ("Tháng", "Month"),
    "field_category": ("Khối", "Category"),
    "field_child": ("Trẻ", "Child"),
    "field_item": ("Mặt hàng", "Item"),
    "field_supplier": ("Người bán", "Supplier"),
    "field_fee_name": ("Tên khoản thu", "Fee name"),
    "field_rule": ("Cách thu", "Rule"),
    "field_method": ("Hình thức nộp", "Method"),
    "field_reason": ("Lý do", "Reason"),
    "field_rate": ("Đơn giá tiền ăn", "Daily rate"),
    "field_purchase": ("Mua hàng", "Purchase"),
    "field_closed_by": ("Người khóa sổ", "Closed by"),
    "field_reopened_by": ("Người mở lại sổ", "Reopened by"),
    "field_collection_mode": ("Cách thu tiền ăn", "Collection mode"),
    "field_refund_absences": ("Ngày nghỉ được trả lại", "Refunded absences"),
    "field_refund_components": ("Khoản được trả lại", "Refunded components"),
    "field_payment_warning": ("Mức hỏi lại khi thu", "Payment warning"),
    "field_support_amount": ("Mức hỗ trợ ăn trưa", "Lunch support amount"),
    "field_max_months": ("Số tháng hỗ trợ tối đa", "Most months supported"),
    "field_start_month": ("Từ tháng", "From month"),
    "field_end_month": ("Đến tháng", "To month"),
    "field_opening_balance": ("Số dư đầu", "Opening balance"),
    # Money typed in a form.
    "money_not_amount": ("{field}: không phải là số tiền.", "{field}: not an amount of money."),
    "money_decimals": ("{field}: tiền tính bằng đồng, không có phần lẻ.",
                       "{field}: money is whole đồng, without decimals."),
    "money_letters": ("{field}: tiền tính bằng đồng, chỉ gồm chữ số (không có phần lẻ hay chữ).",
                      "{field}: money is whole đồng, digits only (no decimals or letters)."),
    "money_empty": ("{field}: chưa nhập số tiền.", "{field}: the amount is empty."),
    "money_negative": ("{field}: số tiền không được âm.", "{field}: the amount cannot be negative."),
    "money_zero": ("{field}: số tiền phải lớn hơn 0.", "{field}: the amount must be more than 0."),
    "money_too_large": ("{field}: số tiền quá lớn (tối đa {max}): kiểm tra lại số chữ số.",
                        "{field}: the amount is too large (at most {max}): check the digits."),
    "month_format": ("{field}: “{text}” không phải là tháng dạng NNNN-TT (ví dụ 2025-09).",
                     "{field}: “{text}” is not a month written YYYY-MM (e.g. 2025-09)."),
    "whole_number": ("{field}: phải là số nguyên, từ 0 trở lên.", "{field}: must be a whole number, 0 or more."),
    "one_of": ("{field}: phải là một trong các giá trị {choices}.", "{field}: must be one of {choices}."),
    "date_required": ("{field}: chưa chọn ngày.", "{field}: a date is required."),
    "name_empty": ("{field}: chưa nhập tên.", "{field}: the name is empty."),
    "no_child": ("Không có trẻ mang số {child}.", "No child with number {child}."),
    # Rates and fees.
    "category_two": ("{field}: phải là nhà trẻ hoặc mẫu giáo.", "{field}: must be nursery or kindergarten."),
    "category_three": ("{field}: phải là tất cả, nhà trẻ hoặc mẫu giáo.",
                       "{field}: must be all, nursery or kindergarten."),
    "rate_zero": ("Đơn giá tiền ăn một ngày không được bằng 0.", "The daily rate cannot be 0."),
    "fee_rule": ("{field}: thu theo tháng có học hoặc theo tháng có ăn.",
                 "{field}: must be enrolled or attended."),
    # Meal count.
    "staff_meals_implausible": ("{count} suất ăn cán bộ, giáo viên trong một ngày là không hợp lý.",
                                "{count} staff meals in one day is not plausible."),
    # Payments and discounts.
    "method": ("{field}: tiền mặt hoặc chuyển khoản.", "{field}: must be cash or transfer."),
    "payment_future": ("Không ghi khoản nộp vào một ngày chưa tới.", "A payment cannot be dated in the future."),
    "discount_reason": ("Hãy ghi lý do miễn giảm.", "Say why the discount is given."),
    "discount_not_found": ("Không còn khoản miễn giảm này (có thể đã bị xóa).",
                           "This discount no longer exists (it may have been removed)."),
    "discount_too_large": ("Miễn giảm {amount} mỗi tháng là quá lớn: số tiền có đúng không?",
                           "A discount of {amount} a month is too large: is the amount right?"),
    "discount_end_before_start": ("Tháng kết thúc ({end}) trước tháng bắt đầu ({start}).",
                                  "The last month ({end}) is before the first ({start})."),
    # Decree 105 lunch support rules.
    "support_months_range": ("{field}: từ 0 đến 12 tháng.", "{field}: from 0 to 12 months."),
    "support_rule_last": ("Phải giữ lại ít nhất một mức hỗ trợ ăn trưa.",
                          "At least one lunch-support rule must stay."),
    # Month closing.
    "closed_by": ("Hãy ghi tên người khóa sổ.", "Say who closes the month."),
    "reopened_by": ("Hãy ghi tên người mở lại sổ.", "Say who reopens the month."),
    "already_closed": ("Tháng {month} đã khóa sổ rồi.", "Month {month} is already closed."),
    "close_not_over": ("Tháng {month} chưa hết (đến hết ngày {day}): chỉ khóa sổ từ ngày cuối tháng trở đi.",
                       "Month {month} is not over (it runs to {day}): a month closes from its last day on."),
    "close_in_order": ("Khóa sổ lần lượt từng tháng: hãy khóa tháng {month} trước.",
                       "Months close in order: close {month} first."),
    "close_unpriced": ("Tháng {month} có ngày học chưa có đơn giá tiền ăn: hãy nhập đơn giá trước khi khóa sổ.",
                       "No daily rate covers some school days of {month}: set the rate before closing."),
    "not_closed": ("Tháng {month} chưa khóa sổ.", "Month {month} is not closed."),
    "reopen_latest": ("Hãy mở lại các tháng sau trước, bắt đầu từ tháng {month}.",
                      "Reopen the later months first, from {month} back."),
    # Written by db/guards.py for every write a closed month refuses, whoever writes.
    "month_closed": (
        "Sổ đã khóa đến tháng {month}: không thể thêm, sửa hay xóa dữ liệu của tháng đã khóa (điểm danh, "
        "báo ăn, nhập lớp, tiền ăn, miễn giảm, phiếu thu, phiếu chi, đi chợ, kho, thực đơn, kiểm thực, lưu mẫu). "
        "Muốn sửa, hiệu trưởng mở lại sổ tháng {month} (Tiền ăn › Sổ tiền ăn tháng › Mở lại tháng này…), "
        "sửa rồi khóa sổ lại.",
        "The books are closed up to {month}: nothing dated in a closed month can be added, changed or "
        "removed (attendance, meal counts, enrolments, rates, discounts, receipts, payouts, market book, stock, "
        "menus, food inspections, kept samples). To change it, the principal reopens month {month} "
        "(Meals › Monthly ledger › Reopen this month…), "
        "corrects it and closes the month again."),
    # Market book and stock.
    "quantity_empty": ("{field}: chưa nhập số lượng.", "{field}: the quantity is empty."),
    "quantity_not_number": ("{field}: “{value}” không phải là số.", "{field}: “{value}” is not a number."),
    "quantity_zero": ("{field}: phải lớn hơn 0.", "{field}: must be more than 0."),
    "quantity_implausible": ("{field}: {value} không phải là số lượng hợp lý.",
                             "{field}: {value} is not a plausible quantity."),
    "price_missing": ("Mua hàng phải có đơn giá.", "A purchase needs its unit price."),
    "item_unknown": ("“{item}” chưa có trong danh mục hàng: hãy nhập mua trước.",
                     "“{item}” is not in the list of items: buy it first."),
    "item_has_uses": ("“{item}” đã có phiếu xuất kho: mặt hàng vẫn phải theo dõi trong kho.",
                      "“{item}” has stock uses recorded: it stays in the store."),
    "item_not_stocked": ("“{item}” không theo dõi trong kho.", "“{item}” is not kept in the store."),
    "stock_short": ("Trong kho chỉ còn {held} {unit} {item} vào ngày {day}.",
                    "Only {held} {unit} of {item} in store on {day}."),
    "stock_short_later": ("Kho sẽ thiếu {item} vào ngày {day}.", "The store would run short of {item} on {day}."),
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
    "book_opening_after_moves": (
        "{field}: sổ đã có thu, chi từ ngày {first}; số dư đầu phải ghi vào ngày {first} hoặc trước đó "
        "(không phải {day}).",
        "{field}: the book already records money from {first}; the opening balance must be on {first} or before "
        "(not {day})."),
    # money dated before its book's opening balance (db/guards.py)
    "book_before_opening_cash": (
        "Sổ quỹ tiền mặt bắt đầu từ ngày {day} (ngày của số dư đầu sổ): không ghi được thu, chi tiền mặt trước "
        "ngày đó. Hãy ghi vào ngày {day} hoặc sau đó; nếu khoản này thật sự có trước ngày {day}, hãy chuyển số dư "
        "đầu sổ về ngày sớm hơn (Tiền ăn › Thu tiền và công nợ › Sổ sách và danh sách › "
        "Số dư đầu của sổ quỹ, sổ tiền gửi…).",
        "The cash book starts on {day} (the day of its opening balance): no cash receipt or payout can be dated "
        "before it. Enter it on {day} or later; if the money really moved before {day}, move the opening balance "
        "to an earlier day (Meals › Receipts and debts › Books and lists › Opening balances of the books…)."),
    "book_before_opening_transfer": (
        "Sổ tiền gửi bắt đầu từ ngày {day} (ngày của số dư đầu sổ): không ghi được thu, chi chuyển khoản trước "
        "ngày đó. Hãy ghi vào ngày {day} hoặc sau đó; nếu khoản này thật sự có trước ngày {day}, hãy chuyển số dư "
        "đầu sổ về ngày sớm hơn (Tiền ăn › Thu tiền và công nợ › Sổ sách và danh sách › "
        "Số dư đầu của sổ quỹ, sổ tiền gửi…).",
        "The bank-transfer book starts on {day} (the day of its opening balance): no transfer received or paid "
        "can be dated before it. Enter it on {day} or later; if the money really moved before {day}, move the "
        "opening balance to an earlier day (Meals › Receipts and debts › Books and lists › "
        "Opening balances of the books…)."),
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

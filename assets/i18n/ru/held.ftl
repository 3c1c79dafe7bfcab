## Заказы, которые хранятся, но не учитываются (не оплачены, отменены, с ошибкой), и
## анонимные продажи в итогах магазина.

# $orders: how many orders.
held-note-paid = { $orders ->
    [one] { $orders } заказ в обработке из прошлого импорта теперь оплачен: учтён один раз, здесь.
    [few] { $orders } заказа в обработке из прошлого импорта теперь оплачены: учтены один раз, здесь.
    [many] { $orders } заказов в обработке из прошлого импорта теперь оплачены: учтены один раз, здесь.
   *[other] { $orders } заказа в обработке из прошлого импорта теперь оплачены: учтены один раз, здесь.
}
# $orders: how many orders.
held-note-already = { $orders ->
    [one] { $orders } заказ уже был импортирован из файла того же вида: пропущен, дважды не учтён.
    [few] { $orders } заказа уже были импортированы из файла того же вида: пропущены, дважды не учтены.
    [many] { $orders } заказов уже были импортированы из файла того же вида: пропущены, дважды не учтены.
   *[other] { $orders } заказа уже были импортированы из файла того же вида: пропущены, дважды не учтены.
}
held-detail-title = Неучтённые заказы
held-detail-hint = Заказы ещё не оплаченные, отменённые или с ошибкой оплаты: хранятся как в файле, не входят ни в выручку, ни в другие показатели. Заказ, оплаченный позже, учитывается при импорте более нового файла.
# $date: the order's day; $order: its number (or held-no-number); $amount: its amount;
# $status: pending, cancelled or failed; $read: the status as the file wrote it.
held-detail-order = { $date } · { $order } · { $amount } · { $status ->
    [pending] ещё не оплачен
    [cancelled] отменён
   *[failed] ошибка оплаты
} («{ $read }»)
held-no-number = без номера заказа
# $amount: the walk-in sales' revenue in the same period.
held-walk-in-part = в том числе анонимные продажи: { $amount }
# A line of the report's key figures, under the revenue.
held-report-walk-in = в т. ч. анонимные продажи

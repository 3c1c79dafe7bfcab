## Раздел отчёта «Прогноз по клиентам».

report-predict-as-of = На { $date }, по продажам до этого дня включительно.
report-worth-saving = Стоит удержать
report-worth-saving-note = Клиенты, которые уже возвращались, а теперь уходят (вероятность, что они ещё клиенты, — от { $from } до { $to }), по сумме под угрозой: сколько они принесут за следующие { $months } мес., если останутся, умноженное на оставшийся шанс, что они ещё покупают.
report-worth-saving-total = Клиентов: { $count }; под угрозой { $at-risk } за следующие { $months } мес.
report-worth-saving-none = Сейчас не уходит ни один из клиентов, которые уже возвращались.
report-worth-saving-more = И ещё { $count }.
report-column-customer = Клиент
report-column-purchase-days = Дней с покупками
report-column-still-customer = Ещё клиент
report-column-worth = Принесёт за { $months } мес.
report-column-at-risk = Под угрозой
report-predict-revenue = Ожидаемая выручка от ваших клиентов за следующие { $days } дн.: { $expected }{ $low ->
    [none] {""}
   *[other] , скорее всего, от { $low } до { $high }
}. За следующие { $months } мес. они принесут { $clv }.

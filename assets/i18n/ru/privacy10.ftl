## Сохранённые прогнозы по клиенту в копии всего, что о нём хранится.

privacy10-pdf-predictions = Сохранённые прогнозы по этому клиенту
privacy10-key-as-of = По продажам до
privacy10-key-model = Модель
privacy10-key-horizon = Дней вперёд
privacy10-key-p-alive = Вероятность, что он всё ещё клиент
privacy10-key-p-buy = Вероятность покупки в ближайшие дни
privacy10-key-expected-purchases = Ожидаемые покупки в ближайшие дни
privacy10-key-expected-spend = Ожидаемая сумма одной покупки
privacy10-key-clv = Ценность в ближайшие месяцы

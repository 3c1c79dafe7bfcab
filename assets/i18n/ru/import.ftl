## Что заметил импорт, проблемы со строками и почему файл не импортирован.

note-layout = Распознана выгрузка { $name }
note-mixed-dates = Часть дат записана как день/месяц, а часть — как месяц/день; строки, которые не подходят под порядок, принятый в магазине, перечислены в отчёте. Чтобы выбрать порядок, используйте --date-format.
note-whole-amounts = Все суммы в столбце «amount» — целые числа рядом с валютой: возможно, они в копейках или центах (1250 вместо 12,50). Они прочитаны как целые единицы валюты; проверьте выручку и, если это копейки или центы, используйте профиль выгрузки с amount_unit = "cents".
note-walk-in = { $lines ->
    [one] { $lines } анонимная строка продаж (без клиента) учтена
    [few] { $lines } анонимные строки продаж (без клиента) учтены
    [many] { $lines } анонимных строк продаж (без клиента) учтены
   *[other] { $lines } анонимной строки продаж (без клиента) учтены
} в выручке и заказах, но не в показателях клиентов.
import-blocker-no-sale-date = Выберите столбец с датой продажи.
import-blocker-no-amount = Выберите столбец с суммой (или ценой за единицу) продажи.
problem-value-cut = строка { $row }, столбец { $column }: длина значения — { $length } симв., это больше предела для { $what ->
    [name] имени
   *[other] значения
} ({ $max }); сохранены только первые { $max } симв.
problem-sale-date-missing = строка { $row }, столбец { $column }: нет даты продажи
problem-not-a-date = строка { $row }, столбец { $column }: «{ $value }» — не дата
problem-amount-too-large = строка { $row }, столбец { $column }: слишком большая сумма: «{ $value }» больше 10 000 000 000 000
problem-not-an-amount = строка { $row }, столбец { $column }: «{ $value }» — не сумма
problem-not-a-quantity = строка { $row }, столбец { $column }: «{ $value }» — не количество
problem-amount-missing = строка { $row }, столбец { $column }: нет суммы (и нет цены за единицу, чтобы её посчитать)
problem-nobody-identified = строка { $row }: ничто не указывает на человека (нет имени, компании, эл. почты, телефона или кода клиента)
problem-no-customer-named = строка { $row }: в продаже не указан клиент (нет номера клиента, эл. почты, телефона или имени)
problem-order-set-aside = строка { $row }: заказ в статусе «{ $status ->
    [completed] выполнен
    [cancelled] отменён
    [failed] ошибка
    [pending] в обработке
    [refunded] возврат
   *[other] { $status }
}»: сохранён, но не учтён в выручке
group-value-cut = Столбец { $column }: значения длиннее предела для { $what ->
    [name] имени
   *[other] значения
} ({ $max ->
    [one] { $max } символ
    [few] { $max } символа
    [many] { $max } символов
   *[other] { $max } символа
}), обрезаны
group-ragged-row = Строки, где значений больше, чем { $columns ->
    [one] { $columns } столбец
    [few] { $columns } столбца
    [many] { $columns } столбцов
   *[other] { $columns } столбца
} в заголовке; лишние значения сохранены как дополнительные столбцы
group-sale-date-missing = Столбец { $column }: нет даты продажи
group-not-a-date = Столбец { $column }: «…» — не дата
group-amount-too-large = Столбец { $column }: слишком большая сумма: «…» больше 10 000 000 000 000
group-not-an-amount = Столбец { $column }: «…» — не сумма
group-not-a-quantity = Столбец { $column }: «…» — не количество
group-amount-missing = Столбец { $column }: нет суммы (и нет цены за единицу, чтобы её посчитать)
problem-date-missing = строка { $row }, столбец { $column }: нет даты
problem-nothing-said = строка { $row }: нет ни оценки, ни комментария
problem-no-customer-given = строка { $row }: в отзыве не указан клиент (нет номера клиента, эл. почты, телефона или имени)
problem-unknown-word = строка { $row }, столбец { $column }: «{ $value }» нет среди известных слов; значение сохранено вместе с остальными столбцами
group-date-missing = Столбец { $column }: нет даты
group-nothing-said = Нет ни оценки, ни комментария
group-no-customer-given = В отзыве не указан клиент (нет номера клиента, эл. почты, телефона или имени)
group-unknown-word = Столбец { $column }: значения нет среди известных слов
feedback-unknown-scale = { $file }: неизвестна шкала оценок в столбце «{ $column }». Укажите её: --scale nps (0–10), stars (1–5), csat (1–5) или thumbs (up/down); ничего не импортировано
feedback-no-date-column = { $file }: ни в одном столбце нет даты отзыва; укажите столбец с помощью --map date=COLUMN (столбцы файла: { $columns })
feedback-no-score-or-text-column = { $file }: ни в одном столбце нет оценки или комментария; укажите столбец с помощью --map score=COLUMN или --map text=COLUMN (столбцы файла: { $columns })
feedback-leaving = { $who }: { $returned } из { $eligible } купили снова в течение 90 дней ({ $share })
feedback-leaving-none = { $who }: пока нет достаточно давних отзывов, чтобы судить
feedback-who-negative = Недовольные (критики, 1–2 звезды)
feedback-who-neutral = Нейтральные (3 звезды)
feedback-who-positive = Довольные (промоутеры, 4–5 звёзд)
feedback-too-few = слишком мало ответов, чтобы судить
group-nobody-identified = Ничто не указывает на человека (нет имени, компании, эл. почты, телефона или кода клиента)
group-no-customer-named = В продаже не указан клиент (нет номера клиента, эл. почты, телефона или имени)
group-order-set-aside = Заказ в статусе «{ $status ->
    [completed] выполнен
    [cancelled] отменён
    [failed] ошибка
    [pending] в обработке
    [refunded] возврат
   *[other] { $status }
}»: сохранён, но не учтён в выручке
group-bytes-replaced = Байты, которые не являются текстом в кодировке { $encoding }, прочитаны как «�»
why-header = по названию столбца
why-values = по значениям
why-chosen = выбрано вручную
why-layout = как в выгрузках { $layout }
import-duplicate-file = Файл { $file } уже импортирован { $when } (импорт № { $batch }); повторно ничего не импортировано. Сначала отмените тот импорт или импортируйте файл ещё раз намеренно с --allow-duplicate-file.
import-no-such-column = в файле { $file } нет столбца «{ $column }»; его столбцы: { $columns }
import-no-sale-date-column = в файле { $file } нет столбца с датой продажи; укажите его с помощью --map sold_at=COLUMN (столбцы: { $columns })
import-no-amount-column = в файле { $file } нет столбца с суммой (или ценой за единицу) продажи; укажите его с помощью --map amount=COLUMN (столбцы: { $columns })
import-cancelled = импорт отменён, ничего не изменено
import-internal = импорт остановился из-за внутренней ошибки, ничего не изменено ({ $detail }); пожалуйста, сообщите о ней

note-repeated-column = Столбец «{ $base }» встречается несколько раз; повтор прочитан как «{ $header }» ({ $feeds ->
    [none] сохранён вместе с остальными столбцами
   *[other] из него заполняется { $feeds }
}). Проверьте, что каждое поле заполняется из нужного столбца (--map FIELD=COLUMN).
note-ambiguous-dates = Даты вроде 03/04/2025 можно прочитать и как день/месяц, и как месяц/день; они прочитаны как { $order ->
    [month-first] месяц/день (4 марта)
   *[other] день/месяц (3 апреля)
}, так, как их пишут в локали магазина (изменить её: `clientele settings --locale`). Чтобы выбрать порядок, используйте --date-format %m/%d/%Y или %d/%m/%Y.
note-set-aside = { $orders ->
    [one] { $orders } заказ
    [few] { $orders } заказа
    [many] { $orders } заказов
   *[other] { $orders } заказа
} в статусе «{ $status ->
    [completed] выполнен
    [cancelled] отменён
    [failed] ошибка
    [pending] в обработке
    [refunded] возврат
   *[other] { $status }
}» ({ $amount }) { $orders ->
    [one] сохранён, но не учтён
   *[other] сохранены, но не учтены
}.
problem-ragged-row = в строке { $row } { $values ->
    [one] { $values } значение
    [few] { $values } значения
    [many] { $values } значений
   *[other] { $values } значения
}, а в заголовке { $columns ->
    [one] { $columns } столбец
    [few] { $columns } столбца
    [many] { $columns } столбцов
   *[other] { $columns } столбца
}; лишние значения сохранены как «Столбец { $next-column }»…
problem-not-kept = строка { $row }, столбец { $column }: «{ $value }» — не { $expected ->
    [date] дата
    [email] адрес эл. почты
    [long-email] адрес эл. почты (он длиннее 320 символов)
    [yes-no] «да» или «нет»
   *[other] сумма
}; поле оставлено пустым, а значение{ $cut ->
    [yes] {" "}(его первые 10 000 символов)
   *[other] {""}
} сохранено вместе с остальными столбцами клиента
problem-sale-date-out-of-range = строка { $row }, столбец { $column }: дата { $date } { $bound ->
    [before-1900] раньше 1900 года
   *[other] больше чем на день в будущем
}; если она верна, разрешите такие даты (--allow-any-date или «Принимать даты до 1900 года и в будущем» на вкладке «Импорт»)
problem-bytes-replaced = строка { $row }, { $count ->
    [one] столбец
    [few] столбцы
    [many] столбцы
   *[other] столбцы
} { $columns }: байты, которые не являются текстом в кодировке { $encoding }, прочитаны как «�» («{ $value }»); кодировка определена по началу файла: если файл в другой кодировке, импортируйте его снова и выберите её (--encoding, например windows-1251)
problem-written = { $words }
group-not-kept = Столбец { $column }: «…» — не { $expected ->
    [date] дата
    [email] адрес эл. почты
    [long-email] адрес эл. почты (он длиннее 320 символов)
    [yes-no] «да» или «нет»
   *[other] сумма
}; поле оставлено пустым, а значение сохранено вместе с остальными столбцами клиента
group-sale-date-out-of-range = Столбец { $column }: дата { $bound ->
    [before-1900] раньше 1900 года
   *[other] больше чем на день в будущем
}
problem-not-a-score = строка { $row }, столбец { $column }: «{ $value }» — не оценка по шкале { $scale } ({ $scale ->
    [nps] от 0 до 10
    [thumbs] up или down
   *[other] от 1 до 5
})
group-not-a-score = Столбец { $column }: не оценка по шкале { $scale } ({ $scale ->
    [nps] от 0 до 10
    [thumbs] up или down
   *[other] от 1 до 5
})
import-none-with-choice = При таком выборе не импортируется ни одна строка: { $lacking ->
    [customer] ни в одной строке нет клиента.
    [date] ни в одной строке нет даты продажи, которую можно прочитать.
    [amount] ни в одной строке нет суммы, которую можно прочитать.
    [person] ни одна строка не указывает на человека (нет имени, компании, эл. почты, телефона или кода клиента).
   *[other] в файле нет строк с данными
}
import-none-with-choice-because = При таком выборе не импортируется ни одна строка: { $why }{ $more ->
    [0] {""}
    [one] {" "}(и ещё { $more } строка с проблемами)
    [few] {" "}(и ещё { $more } строки с проблемами)
    [many] {" "}(и ещё { $more } строк с проблемами)
   *[other] {" "}(и ещё { $more } строки с проблемами)
}
import-nothing-imported = из файла { $file } ничего не импортировано: { $first ->
    [none] в нём нет строк с данными
   *[other] { $first }
}{ $more ->
    [0] {""}
    [one] {" "}(и ещё { $more } строка с проблемами)
    [few] {" "}(и ещё { $more } строки с проблемами)
    [many] {" "}(и ещё { $more } строк с проблемами)
   *[other] {" "}(и ещё { $more } строки с проблемами)
}
import-wrong-kind = { $file } похож на { $kind ->
    [sales] список продаж
   *[other] список клиентов
} ({ $layout ->
    [none] в нём люди и нет столбца с датой продажи
   *[other] { $layout }
}); импортировать его как { $kind ->
    [sales] продажи
   *[other] клиентов
}? Ничего не импортировано.

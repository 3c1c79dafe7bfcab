## Вкладка «Кампании» и слова PDF-файлов кампаний.

campaigns-title = Кампании

## Лист обзвона для кампании по телефону.

campaigns-pdf-call-sheet = Лист обзвона: { $name }
campaigns-pdf-phone = Телефон
campaigns-pdf-segment = Сегмент
campaigns-pdf-last-purchase = Последняя покупка
campaigns-pdf-suggested = Предложить
campaigns-pdf-reached = Дозвонились
campaigns-pdf-not-reached = Не дозвонились
campaigns-pdf-call-back = Перезвонить
campaigns-pdf-notes = Заметки
campaigns-pdf-page-of = Страница { $page } из { $pages }

## Ошибки PDF-файлов кампаний (переводы campaigns.ftl).

campaign-pdf-channel = { $path }: PDF делается только для кампаний по почте (наклейки, письма) и по телефону (лист обзвона); эта кампания идёт по каналу «{ $channel }»: запишите список контактов в .csv или .xlsx.
campaign-letter-field = { $path }, строка { $line }: в письме есть поле {"{"}{ $field }{"}"}, которого нет; поля: { $fields }.
campaign-letter-unreadable = Не удалось прочитать письмо { $path }: { $detail }

## Вкладка «Кампании».

campaigns-job = Считаем результаты кампаний
campaigns-job-starting = Запуск
campaigns-creating = Создаём кампанию
campaigns-new = Новая кампания
campaigns-empty = Кампаний пока нет. Нажмите «Новая кампания» выше (или запустите clientele campaign create): выберите, кому писать или звонить, и контрольная группа будет отобрана случайно, чтобы было видно, что на самом деле принёс контакт.
campaigns-about = Канал: { $channel }, получатели: { $target }, с { $start } по { $end }
campaigns-customers = Клиенты
campaigns-responders = Откликнулись
campaigns-rate = Доля откликнувшихся
campaigns-target-group = Получили (целевая группа)
campaigns-control-group = Контрольная группа
campaigns-uplift = Прирост: { $diff } п. п. отклика (с вероятностью 95 %: от { $low } до { $high })
campaigns-form-name = Название
campaigns-form-name-hint = например, Вернуть клиентов весной
campaigns-form-goal = Цель
campaigns-form-target = Кому
campaigns-form-list-hint = например, At risk
campaigns-form-channel = Канал
campaigns-form-control = Контрольная группа
campaigns-form-window = Срок отклика (дней)
campaigns-form-response = Отклик
campaigns-form-response-hint = any, product:НАЗВАНИЕ, category:НАЗВАНИЕ или revenue
campaigns-form-cost = Стоимость контакта
campaigns-form-cost-hint = необязательно
campaigns-form-create = Создать кампанию
campaigns-created = Кампания «{ $name }» создана: { $target ->
        [one] связаться нужно с { $target } клиентом
        [few] связаться нужно с { $target } клиентами
        [many] связаться нужно с { $target } клиентами
       *[other] связаться нужно с { $target } клиента
    }, в контрольной группе — { $control }.
campaigns-left-out = Не включены: без согласия — { $no_consent }, отказались — { $said_no }, без адреса для этого канала — { $no_address }.
campaigns-goal-win-back = Вернуть
campaigns-goal-thank = Поблагодарить
campaigns-goal-cross-sell = Допродать
campaigns-goal-announce = Сообщить
campaigns-kind-segment = Сегмент
campaigns-kind-saved = Сохранённый сегмент
campaigns-kind-tier = ABC-группа
campaigns-kind-stage = Стадия жизненного цикла
campaigns-kind-predict = Список из прогноза по клиентам
campaigns-kind-offer = Кому предложить

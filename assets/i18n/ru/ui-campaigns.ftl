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

campaign-pdf-channel = { $path }: PDF делается для кампаний по почте (наклейки, письма) или по телефону (лист обзвона); эта кампания идёт по каналу «{ $channel }»: запишите список контактов в .csv или .xlsx.
campaign-letter-field = { $path }, строка { $line }: в письме есть поле {"{"}{ $field }{"}"}, которого нет; поля: { $fields }.
campaign-letter-unreadable = Не удаётся прочитать письмо { $path }: { $detail }

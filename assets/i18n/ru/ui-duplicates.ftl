## Вкладка «Дубли».

duplicates-title = Дубли

## Надписи, кнопки и подсказки вкладки «Дубли».

duplicates-duplicates = Дубли
duplicates-find-duplicates-again = Искать дубли заново
duplicates-compares-every-customer-with-the = Сравнивает каждого клиента с похожими; уже принятые решения сохраняются
duplicates-looking-for-customers-registered-more = Ищем клиентов, записанных больше одного раза…
duplicates-groups-below-the-threshold-look = Группы ниже порога: просмотрите их отдельно; без вашего решения ни одна не объединяется
duplicates-no-likely-duplicates-found-every = Вероятных дублей не найдено: похоже, каждый клиент записан один раз.
duplicates-these-groups-are-below-the = Эти группы ниже предлагаемого порога: чаще всего это разные люди с одинаковым именем или адресом.
duplicates-previous-group = Предыдущая группа (←)
duplicates-next-group = Следующая группа (→)
duplicates-marked-as-different-people = Отмечены как разные люди
duplicates-skipped = Пропущена
duplicates-merge-anyway = Всё равно объединить
duplicates-merge-y = Объединить (Y)
duplicates-not-the-same-person-n = Разные люди (N)
duplicates-skip-s = Пропустить (S)
duplicates-keep-this-customer-s-number = Оставить номер этого клиента; остальные присоединятся к нему
duplicates-after-merging = После объединения
duplicates-reference = Код
duplicates-keep-this-value = Оставить это значение
duplicates-merge-every-group-above = Объединить все группы выше
duplicates-merge-them = Объединить…
duplicates-merge = Объединить
duplicates-cancel = Отмена
duplicates-merge-history = История объединений
duplicates-no-customers-have-been-merged = Клиентов пока не объединяли.
duplicates-unmerge = Отменить объединение

## Фоновые задачи вкладки «Дубли», в строке состояния.

duplicates-job-find = Поиск дублей
duplicates-job-merge-one = Объединение
duplicates-job-merge-many = Объединение дублей
duplicates-job-starting = Запуск

## Проверка одной группы на вкладке «Дубли».

# $shown — сколько групп, как на экране.
duplicates-likely-tab = Вероятные дубли ({ $shown })
# $shown — сколько групп, как на экране.
duplicates-unlikely-tab = Маловероятные ({ $shown })
# $at — место группы в списке; $count — сколько всего групп.
duplicates-group-of = Группа { $at } из { $count }
# $certainty — процент.
duplicates-certainty-unlikely = Маловероятно: вероятность { $certainty }
# $certainty — процент.
duplicates-certainty = Вероятность { $certainty }
duplicates-cut-from-chain = Выделена из более длинной цепочки: проверьте внимательно
duplicates-merged = Объединены
# $reason — почему клиенты похожи на одного человека.
duplicates-why = Почему: { $reason }
# $reason — причина; $certainty — процент.
duplicates-reason-certainty = { $reason } (вероятность { $certainty })
# $id — номер клиента.
duplicates-customer-kept = Клиент № { $id } (остаётся)
# $id — номер клиента.
duplicates-customer = Клиент № { $id }
# $n — сколько групп; $n_shown — то же число, как на экране; $m — сколько клиентов присоединяется к другим; $m_shown — то же число, как на экране.
duplicates-merge-ask = Объединить { $n ->
        [one] { $n_shown } группу
        [few] { $n_shown } группы
        [many] { $n_shown } групп
       *[other] { $n_shown } группы
    } ({ $m ->
        [one] { $m_shown } клиент присоединится к другим
        [few] { $m_shown } клиента присоединятся к другим
        [many] { $m_shown } клиентов присоединятся к другим
       *[other] { $m_shown } клиента присоединятся к другим
    })? Любое объединение можно отменить в истории.

## История объединений на вкладке «Дубли»: заголовки столбцов и ячейки.

duplicates-history-merge = Объединение
duplicates-history-kept = Остался
duplicates-history-merged-into = Присоединены
duplicates-history-certainty = Вероятность
duplicates-history-by = Кто
duplicates-history-when = Когда
# $when — дата и время отмены объединения.
duplicates-history-undone = отменено { $when }
# Кто решил объединить.
duplicates-by-user = вы
duplicates-by-auto = автоматически

## Итог и массовое объединение на вкладке «Дубли».

# $groups — сколько групп; $shown_groups — то же, как на экране; $customers — сколько клиентов; $shown_customers — то же, как на экране; $open — сколько групп осталось проверить, как на экране; $threshold — процент.
duplicates-summary = { $groups ->
        [one] { $shown_groups } группа
        [few] { $shown_groups } группы
        [many] { $shown_groups } групп
       *[other] { $shown_groups } группы
    } вероятных дублей среди { $customers ->
        [one] { $shown_customers } клиента
        [few] { $shown_customers } клиентов
        [many] { $shown_customers } клиентов
       *[other] { $shown_customers } клиента
    } (осталось проверить: { $open }). Сначала показаны самые вероятные; предлагаемый порог вероятности — { $threshold }.
# $count — клиенты; $shown — то же число, как на экране.
duplicates-not-judgeable = { $count ->
        [one] У { $shown } клиента нет ни имени, ни эл. почты, ни телефона, поэтому он ни с кем не сравнивается.
        [few] У { $shown } клиентов нет ни имени, ни эл. почты, ни телефона, поэтому они ни с кем не сравниваются.
        [many] У { $shown } клиентов нет ни имени, ни эл. почты, ни телефона, поэтому они ни с кем не сравниваются.
       *[other] У { $shown } клиента нет ни имени, ни эл. почты, ни телефона, поэтому они ни с кем не сравниваются.
    }
# $n — сколько групп; $n_shown — то же число, как на экране; $m — сколько клиентов присоединено к другим; $m_shown — то же число, как на экране.
duplicates-bulk-count = { $n ->
        [one] { $n_shown } группа
        [few] { $n_shown } группы
        [many] { $n_shown } групп
       *[other] { $n_shown } группы
    }, { $m ->
        [one] { $m_shown } клиент присоединится к другим
        [few] { $m_shown } клиента присоединятся к другим
        [many] { $m_shown } клиентов присоединятся к другим
       *[other] { $m_shown } клиента присоединятся к другим
    }

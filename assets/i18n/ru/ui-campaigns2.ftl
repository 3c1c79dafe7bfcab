## История контактов в карточке клиента и заметки владельца.

contact-history-title = История контактов ({ $count })
contact-history-line = { $day } · { $kind }: { $note }
contact-history-call = Звонок
contact-history-visit = Визит
contact-history-complaint = Жалоба
contact-history-campaign = Кампания
contact-history-other = Заметка
contact-history-add = Добавить заметку
contact-history-note-hint = Что сказали или сделали
contact-history-bad-day = Введите дату в виде ГГГГ-ММ-ДД.
contact-history-save = Добавить заметку
campaign-note-empty = Заметка не может быть пустой.
campaign-note-added = Заметка добавлена в историю контактов клиента { $id }.

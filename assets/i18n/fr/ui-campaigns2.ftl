## L'historique des contacts de la fiche client et les notes du commerçant.

contact-history-title = Historique des contacts ({ $count })
contact-history-line = { $day } · { $kind } : { $note }
contact-history-call = Appel
contact-history-visit = Visite
contact-history-complaint = Réclamation
contact-history-campaign = Campagne
contact-history-other = Note
contact-history-add = Ajouter une note
contact-history-note-hint = Ce qui a été dit ou fait
contact-history-bad-day = Écrivez le jour sous la forme AAAA-MM-JJ.
contact-history-save = Ajouter la note
campaign-note-empty = Une note doit contenir du texte.
campaign-note-added = Note ajoutée à l’historique des contacts du client { $id }.

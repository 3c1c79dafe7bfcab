# The shop's time zone: settings, command line and the import's note.
time-zone-label = Time zone
time-zone-computers = The computer's ({ $zone })
time-zone-hint = Times written with a zone, and files whose layout says UTC, are read in this zone.
time-zone-search = Type part of a name: Paris, New York…
time-zone-none-found = No time zone has that name.
time-zone-unknown = “{ $zone }” is not a time zone Clientele knows: write a name of the tz database such as Europe/Paris or America/New_York, or “system” for the computer's zone.
time-zone-cli-label = time zone
time-zone-cli-computers = { $zone } (the computer's)
time-zone-note-converted = Times written in { $from } were converted to the shop's time zone, { $to }.

# Խանութի ժամային գոտին՝ կարգավորումներ, հրամանի տող և ներմուծման նշում։
time-zone-label = Ժամային գոտի
time-zone-computers = Համակարգչինը ({ $zone })
time-zone-hint = Գոտիով գրված ժամերը, ինչպես նաև այն ֆայլերի ժամերը, որոնց ձևաչափը նշում է UTC, կարդացվում են այս գոտում։
time-zone-search = Գրեք անվան մի մասը՝ Yerevan, Paris…
time-zone-none-found = Այդ անունով ժամային գոտի չկա։
time-zone-unknown = «{ $zone }»-ը Clientele-ին հայտնի ժամային գոտի չէ. գրեք tz տվյալների բազայի անուն, օրինակ՝ Asia/Yerevan կամ Europe/Paris, կամ «system»՝ համակարգչի գոտու համար։
time-zone-cli-label = ժամային գոտի
time-zone-cli-computers = { $zone } (համակարգչինը)
time-zone-note-converted = { $from } գոտում գրված ժամերը փոխարկվել են խանութի ժամային գոտու՝ { $to }։

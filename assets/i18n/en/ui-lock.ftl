## The start dialog of a locked file, and the passphrase in Shop settings.

lock-ui-title = This shop's file is locked
lock-ui-prompt = { $path } is locked with a passphrase. Type it to open the shop.
lock-ui-passphrase = Passphrase
lock-ui-open = Open
lock-ui-cancel = Cancel
lock-ui-checking = Checking the passphrase…
lock-ui-wrong = The passphrase does not open this file. Try again.
lock-ui-failed = The passphrase could not be checked. Try again.
lock-ui-lost = A lost passphrase cannot be recovered: nothing opens the file without it.
lock-ui-section = Passphrase
lock-ui-is-locked = The file is locked with a passphrase: its backup copies too.
lock-ui-is-plain = The file is not locked: anyone who can read it can read the shop's data.
lock-ui-lock = Lock with a passphrase…
lock-ui-change = Change the passphrase…
lock-ui-remove = Remove the passphrase…
lock-ui-current = Present passphrase
lock-ui-new = New passphrase
lock-ui-again = New passphrase again
lock-ui-differ = The two new passphrases differ.
lock-ui-remove-warning = Without a passphrase, anyone who can read the file or a backup copy can read the shop's data.
lock-ui-do-lock = Lock
lock-ui-do-change = Change
lock-ui-do-remove = Remove

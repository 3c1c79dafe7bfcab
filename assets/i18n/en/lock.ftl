## Locking the file with a passphrase: what the library and the command line say.

lock-locked = { $path } is locked with a passphrase (or is not a Clientele database at all): give the passphrase to open it (on the command line, --passphrase-file FILE or the CLIENTELE_PASSPHRASE environment variable). Nothing was changed.
lock-wrong-passphrase = The passphrase does not open this file: { $path }. Nothing was changed.
lock-not-locked = { $path } is not locked with a passphrase: open it without one (clientele lock locks it). Nothing was changed.
lock-cli-cannot-read = cannot read the passphrase file { $path }: { $reason }
lock-cli-empty-file = the passphrase file { $path } is empty
lock-cli-empty-variable = the CLIENTELE_PASSPHRASE environment variable is empty
lock-cli-no-passphrase = give the passphrase with --passphrase-file FILE or the CLIENTELE_PASSPHRASE environment variable
lock-cli-backup = Backup made first: { $path }
lock-cli-locked = { $path } is now locked with the passphrase. Keep the passphrase safe: a lost passphrase cannot be recovered, and nothing opens the file without it.
lock-cli-unlocked = { $path } is no longer locked: anyone who can read the file can read the shop's data.
lock-cli-rekeyed = The passphrase of { $path } was changed.
lock-cli-copies = { $count ->
    [one] One backup copy was changed with it.
   *[other] { $count } backup copies were changed with it.
}
lock-cli-left = This backup copy does not open with the old passphrase and was left as it was: { $path }
lock-done-locked = The shop's file is now locked with the passphrase, and its backup copies with it.
lock-done-changed = The passphrase was changed, for the file and its backup copies.
lock-done-removed = The passphrase was removed: the file and its backup copies open without one.

# A likeness of two records in one field: the same phone number, a fixed line (a
# household's phone rather than a person's own).
dedup-phone-fixed-line = same landline
# The same likeness in the model's table of what each likeness counts for.
dupdiag-level-same-fixed-line = same landline

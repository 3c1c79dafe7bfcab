## A customer's fields, as labels beside their editors (Customers, Duplicates, Segments).

field-first-name = First name
field-last-name = Last name
field-company = Company
field-email = Email
field-phone = Phone
field-street = Street
field-street2 = Street (2nd line)
field-city = City
field-postcode = Postcode
field-region = Region
field-country = Country
field-birth-date = Birth date
field-gender = Gender
field-language = Language
field-marketing-consent = Marketing consent

## Խանութի կարգավորումներ. պատուհանի լեզուն։

settings-language = Լեզու
## $language-ը համակարգչի լեզուն է՝ գրված իր իսկ լեզվով (Français, Русский…)։
settings-language-system = Համակարգչի լեզուն ({ $language })

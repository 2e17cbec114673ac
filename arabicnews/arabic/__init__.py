"""Knowledge of Arabic that several stages share: letters and clitics, numerals."""

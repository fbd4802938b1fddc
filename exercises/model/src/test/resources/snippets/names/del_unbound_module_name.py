del y  # error: NameError: name 'y' is not defined

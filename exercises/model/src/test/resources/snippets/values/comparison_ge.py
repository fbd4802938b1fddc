print(None >= None)  # error: TypeError: '>=' not supported between instances of 'NoneType' and 'NoneType'

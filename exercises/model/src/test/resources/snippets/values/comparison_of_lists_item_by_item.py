print([1, 'a'] < [1, 2])  # error: TypeError: '<' not supported between instances of 'str' and 'int'

print(['a', "it's", 'say "hi"'])  # expect: ['a', "it's", 'say "hi"']
print(str(None), str(True), str([None]))  # expect: None True [None]
print(str())  # expect: 

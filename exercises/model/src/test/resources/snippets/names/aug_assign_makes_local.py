counter = 0
def bump():
    counter += 1  # error: UnboundLocalError: cannot access local variable 'counter' where it is not associated with a value
bump()

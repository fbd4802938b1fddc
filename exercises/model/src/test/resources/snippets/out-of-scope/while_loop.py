while False:  # out of scope: the keyword 'while'
    pass

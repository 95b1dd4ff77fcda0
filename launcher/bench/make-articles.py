#!/usr/bin/env python3
"""Writes N plain-text articles into a folder, made from the bundled sample with varied places, names,
days and numbers, so that no two are alike: the input of the batch benches.
    make-articles.py N FOLDER SAMPLE"""
import random
import sys

n, out, sample = int(sys.argv[1]), sys.argv[2], sys.argv[3]
text = open(sample, encoding="utf-8").read()
towns = ["Rotterdam", "Antwerp", "Hamburg", "Gdansk", "Valencia", "Piraeus", "Genoa", "Le Havre"]
names = ["Marta Jansen", "Ana Costa", "Lena Berg", "Omar Haddad", "Ines Moreau", "Piotr Nowak"]
days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
rnd = random.Random(7)
width = max(5, len(str(n - 1)))
for i in range(n):
    t = text.replace("Rotterdam", rnd.choice(towns)).replace("Marta Jansen", rnd.choice(names))
    t = t.replace("Thursday", rnd.choice(days)).replace("6 per cent", "%d per cent" % rnd.randint(2, 9))
    with open("%s/story-%0*d.txt" % (out, width, i), "w", encoding="utf-8") as f:
        f.write(t)

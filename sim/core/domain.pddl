; vla-agent tabletop: blocks on blocks, in bowls (at most 4 directly in one), on the table, at named places or in
; the bin (nothing stacks there). One action = one primitive step (pick or place). sim/core/pddl.py writes problems.
(define (domain vla-tabletop)
  (:requirements :strips :typing :negative-preconditions)
  (:types block loc count - object
          bowl area - loc)
  (:predicates
    (on ?b - block ?c - block)        ; directly on a block
    (on-loc ?b - block ?l - loc)      ; directly on the table, a place, in the bin or a bowl
    (base ?b - block ?l - loc)        ; what the block's tower stands on (in a bowl, at a place, in the bin)
    (on-table ?b - block)             ; directly on the table or at a named place
    (clear ?b - block)
    (holding ?b - block)
    (handempty)
    (flat ?l - area)                  ; the table and the named places
    (is-bin ?l - area)              ; the bin
    (stackable ?l - loc)              ; towers may stand there (not the bin)
    (count ?w - bowl ?n - count)      ; how many blocks rest directly in the bowl
    (next ?n - count ?m - count))

  (:action pick-from-block
    :parameters (?b - block ?c - block ?l - loc)
    :precondition (and (handempty) (clear ?b) (on ?b ?c) (base ?b ?l))
    :effect (and (holding ?b) (not (handempty)) (not (on ?b ?c)) (clear ?c) (not (base ?b ?l))))

  (:action pick-from-area
    :parameters (?b - block ?l - area)
    :precondition (and (handempty) (clear ?b) (on-loc ?b ?l))
    :effect (and (holding ?b) (not (handempty)) (not (on-loc ?b ?l)) (not (base ?b ?l)) (not (on-table ?b))))

  (:action pick-from-bowl
    :parameters (?b - block ?w - bowl ?n - count ?m - count)
    :precondition (and (handempty) (clear ?b) (on-loc ?b ?w) (count ?w ?m) (next ?n ?m))
    :effect (and (holding ?b) (not (handempty)) (not (on-loc ?b ?w)) (not (base ?b ?w))
                 (not (count ?w ?m)) (count ?w ?n)))

  (:action stack
    :parameters (?b - block ?c - block ?l - loc)
    :precondition (and (holding ?b) (clear ?c) (base ?c ?l) (stackable ?l))
    :effect (and (on ?b ?c) (base ?b ?l) (not (clear ?c)) (handempty) (not (holding ?b))))

  (:action put-flat
    :parameters (?b - block ?l - area)
    :precondition (and (holding ?b) (flat ?l))
    :effect (and (on-loc ?b ?l) (base ?b ?l) (on-table ?b) (handempty) (not (holding ?b))))

  (:action put-in-bin
    :parameters (?b - block ?l - area)
    :precondition (and (holding ?b) (is-bin ?l))
    :effect (and (on-loc ?b ?l) (base ?b ?l) (handempty) (not (holding ?b))))

  (:action put-in-bowl
    :parameters (?b - block ?w - bowl ?n - count ?m - count)
    :precondition (and (holding ?b) (count ?w ?n) (next ?n ?m))
    :effect (and (on-loc ?b ?w) (base ?b ?w) (not (count ?w ?n)) (count ?w ?m) (handempty) (not (holding ?b)))))

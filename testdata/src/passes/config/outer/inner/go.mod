module inner

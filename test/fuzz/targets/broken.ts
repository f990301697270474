// A target module that throws while it is imported.
throw new Error('broken at import time');

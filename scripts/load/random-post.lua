-- A random post's page, so the page cache is not handed the same row every time.
local posts = tonumber(os.getenv("POSTS") or "1000")
math.randomseed(os.time())

request = function()
  return wrk.format("GET", "/Posts/" .. math.random(1, posts))
end

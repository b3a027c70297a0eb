-- Posts a need through the real form; the signed-in cookie and the form's token come from
-- load.sh, and every title differs so no two posts are the same.
local body = os.getenv("BODY")
local counter = 0

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"

request = function()
  counter = counter + 1
  local title = "Groceries+for+the+week+" .. counter .. "+" .. math.random(1, 1000000)
  return wrk.format(nil, "/Posts/New", nil, body .. "&Input.Title=" .. title)
end

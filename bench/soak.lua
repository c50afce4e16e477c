-- wrk script for bench/soak.sh: cycles through the requests of a paths file (bench/soak-paths.txt), each sent
-- twice, with and without Accept-Encoding: gzip; a line starting with @ carries the session cookie in $SOAK_COOKIE.
local requests = {}
local i = 0

function init(args)
  local cookie = os.getenv("SOAK_COOKIE") or ""
  for line in io.lines(args[1]) do
    if line ~= "" and line:sub(1, 1) ~= "#" then
      local headers = {}
      local path = line
      if line:sub(1, 1) == "@" then
        path = line:sub(2)
        headers["Cookie"] = cookie
      end
      table.insert(requests, wrk.format("GET", path, headers))
      headers["Accept-Encoding"] = "gzip"
      table.insert(requests, wrk.format("GET", path, headers))
    end
  end
  -- threads start at different places of the list
  i = math.random(#requests)
end

function request()
  i = i % #requests + 1
  return requests[i]
end
